/**
 * The {@code tasks} collection and its mapping to
 * {@link org.shuangsuiji.inspection.task.InspectionTask}.
 */
package org.shuangsuiji.inspection.task.persistence;
