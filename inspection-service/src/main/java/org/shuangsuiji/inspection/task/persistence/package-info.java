/**
 * The {@code tasks} collection and its mapping to
 * {@link org.shuangsuiji.inspection.task.InspectionTask};
 * {@link org.shuangsuiji.inspection.task.persistence.MongoTaskStore} implements
 * {@link org.shuangsuiji.inspection.task.TaskStore}.
 */
package org.shuangsuiji.inspection.task.persistence;
