package org.shuangsuiji.inspection.disclosure;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.security.Caller;

/**
 * A task whose plan the calling bureau organises, to publish its result: what
 * {@link DisclosureService#requireOrganiser} answers, with the task and the plan as it
 * read them, and what publishing takes instead of loading and checking both again. Only
 * the door makes one (the constructor is the package's), so nothing is published past it.
 */
public final class ResultToPublish {

	private final Caller organiser;

	private final InspectionTask task;

	private final Plan plan;

	ResultToPublish(Caller organiser, InspectionTask task, Plan plan) {
		this.organiser = organiser;
		this.task = task;
		this.plan = plan;
	}

	Caller organiser() {
		return this.organiser;
	}

	InspectionTask task() {
		return this.task;
	}

	Plan plan() {
		return this.plan;
	}

}
