package org.shuangsuiji.inspection.task;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A task whose plan the calling bureau organises: what
 * {@link TaskService#requireOrganiser} answers, with the task and the plan as it read
 * them, and what the organiser's writes on the task take instead of loading and checking
 * both again (scheduling here; the conclusion and the publication of the result in their
 * features). Only the door makes one (the constructor is the package's), so none of those
 * writes skips it.
 */
public final class OrganisedTask extends DoorPass<InspectionTask> {

	private final Plan plan;

	OrganisedTask(Caller organiser, InspectionTask task, Plan plan) {
		super(organiser, task);
		this.plan = plan;
	}

	/** The task's plan as the door read it. */
	public Plan plan() {
		return this.plan;
	}

}
