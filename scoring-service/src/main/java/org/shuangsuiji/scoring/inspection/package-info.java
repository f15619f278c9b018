/**
 * inspection-service as this service sees it (ADR 0404): the task a sheet belongs to and
 * what the caller may do with it.
 * {@link org.shuangsuiji.scoring.inspection.InspectionTasks} is the port,
 * {@link org.shuangsuiji.scoring.inspection.TaskAccess} the answer; {@code client/} calls
 * inspection-service with the caller's token relayed. Plain Java.
 */
package org.shuangsuiji.scoring.inspection;
