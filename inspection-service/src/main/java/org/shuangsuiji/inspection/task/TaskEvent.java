package org.shuangsuiji.inspection.task;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;

/**
 * What happened to a task, published by {@link TaskService} once the task is saved; the
 * audit trail and the metrics listen.
 */
public sealed interface TaskEvent {

	/** The visit day, start and notification time set by the plan's organiser. */
	record Scheduled(Actor by, Plan plan, InspectionTask task, TaskSchedule schedule) implements TaskEvent {
	}

}
