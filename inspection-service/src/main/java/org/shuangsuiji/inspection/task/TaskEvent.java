package org.shuangsuiji.inspection.task;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;

/**
 * What happened to a task, published by {@link TaskService} and {@link OnSiteService}
 * once the task is saved; the audit trail and the metrics listen.
 */
public sealed interface TaskEvent {

	InspectionTask task();

	/** The visit day, start and notification time set by the plan's organiser. */
	record Scheduled(Actor by, Plan plan, InspectionTask task, TaskSchedule schedule) implements TaskEvent {
	}

	/** An on-site step before closing (check-in up to the agency's answer). */
	record StepTaken(Actor by, InspectionTask task, TaskStep step) implements TaskEvent {
	}

	/** The task was closed and sealed with the evidence head and the sheet's result. */
	record Sealed(Actor by, InspectionTask task, Seal seal) implements TaskEvent {
	}

}
