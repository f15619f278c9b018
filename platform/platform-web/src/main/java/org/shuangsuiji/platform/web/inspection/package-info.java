/**
 * The one client of inspection-service's access endpoint (ADR 0404), shared by the
 * services that ask it before every read and write of a task's records (scoring,
 * evidence): {@link org.shuangsuiji.platform.web.inspection.InspectionAccess} answers an
 * {@link org.shuangsuiji.platform.web.inspection.InspectionTaskAccess}; a service imports
 * {@link org.shuangsuiji.platform.web.inspection.InspectionAccessConfiguration} and
 * adapts the answer to its own feature's port.
 */
package org.shuangsuiji.platform.web.inspection;
