/**
 * Inspection tasks (检查任务): one per drawn agency, with its team, the working day of the
 * visit and the time the agency is told, no earlier than 24 hours before the start. The
 * use cases ({@code TaskService}: read by scope, schedule; {@code TaskSync}: tasks kept
 * in line with the draw record, the draw's {@code DrawTasks} port) and the storage port
 * {@code TaskStore}. Plain Java.
 */
package org.shuangsuiji.inspection.task;
