/**
 * Inspection tasks (检查任务): one per drawn agency, with its team, the working day of the
 * visit and the time the agency is told, no earlier than 24 hours before the start. Plain
 * Java.
 */
package org.shuangsuiji.inspection.task;
