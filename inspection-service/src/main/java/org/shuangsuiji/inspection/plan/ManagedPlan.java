package org.shuangsuiji.inspection.plan;

import org.shuangsuiji.platform.security.Caller;

/**
 * A plan whose organiser is calling: what {@link PlanService#requireManage} answers, and
 * what the plan's writes behind it (revise, advance, a draw's replacements) take instead
 * of loading and checking the plan again. Only the door makes one (the constructor is the
 * package's), so none of those writes skips it.
 */
public final class ManagedPlan {

	private final Caller caller;

	private final Plan plan;

	ManagedPlan(Caller caller, Plan plan) {
		this.caller = caller;
		this.plan = plan;
	}

	/** The organiser who passed the door. */
	public Caller caller() {
		return this.caller;
	}

	/** The plan as the door read it. */
	public Plan plan() {
		return this.plan;
	}

}
