package org.shuangsuiji.inspection.plan;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A plan whose organiser is calling: what {@link PlanService#requireManage} answers, and
 * what the plan's writes behind it (revise, advance, a draw's replacements) take instead
 * of loading and checking the plan again. Only the door makes one (the constructor is the
 * package's), so none of those writes skips it.
 */
public final class ManagedPlan extends DoorPass<Plan> {

	ManagedPlan(Caller caller, Plan plan) {
		super(caller, plan);
	}

}
