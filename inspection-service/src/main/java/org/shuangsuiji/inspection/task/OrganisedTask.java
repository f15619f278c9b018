package org.shuangsuiji.inspection.task;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.platform.security.Caller;

/**
 * A task whose plan the calling bureau organises: what
 * {@link TaskService#requireOrganiser} answers, with the task and the plan as it read
 * them, and what scheduling takes instead of loading and checking both again. Only the
 * door makes one (the constructor is the package's), so no schedule skips it.
 */
public final class OrganisedTask {

	private final Caller organiser;

	private final InspectionTask task;

	private final Plan plan;

	OrganisedTask(Caller organiser, InspectionTask task, Plan plan) {
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
