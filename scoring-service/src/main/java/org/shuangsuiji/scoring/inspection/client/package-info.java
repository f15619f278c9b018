/**
 * inspection-service as scoring asks it: {@code HttpInspectionTasks} implements the
 * feature's port with platform-web's client of the access endpoint (ADR 0404).
 */
package org.shuangsuiji.scoring.inspection.client;
