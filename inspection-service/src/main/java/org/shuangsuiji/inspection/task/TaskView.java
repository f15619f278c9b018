package org.shuangsuiji.inspection.task;

import java.time.Instant;

/**
 * A task as one caller may see it.
 *
 * @param task the task
 * @param relation how the caller stands to it
 * @param seesScheduleAndTeam false for a bureau other than the organiser before the
 * notice time: the visit's date, team and on-site record are then left out
 * @param may what the caller may do in the other services
 */
public record TaskView(InspectionTask task, TaskRelation relation, boolean seesScheduleAndTeam, TaskRights may) {

	public static TaskView of(InspectionTask task, TaskRelation relation, Instant now) {
		return new TaskView(task, relation, TaskAccess.seesScheduleAndTeam(relation, task, now),
				TaskRights.of(relation, task.status()));
	}

}
