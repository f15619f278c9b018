package org.shuangsuiji.inspection.draw;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStatus;

/**
 * Finishes what a crash between saving a draw record and creating its tasks (or moving
 * its plan to DRAWN) left undone; run at start-up. Without multi-document transactions
 * the draw record is the commit point and everything else is derived from it.
 */
public class DrawRepair {

	private static final Logger log = LoggerFactory.getLogger(DrawRepair.class);

	private final DrawStore draws;

	private final PlanService plans;

	private final DrawService service;

	public DrawRepair(DrawStore draws, PlanService plans, DrawService service) {
		this.draws = draws;
		this.plans = plans;
		this.service = service;
	}

	public void repair() {
		for (PlanId id : this.draws.drawnPlanIds()) {
			Optional<Plan> found = this.plans.find(id);
			if (found.isEmpty()) {
				log.warn("draw record of plan {} has no plan", id);
				continue;
			}
			Plan plan = found.get();
			if (plan.status() == PlanStatus.PUBLISHED || plan.status() == PlanStatus.DRAWN
					|| plan.status() == PlanStatus.IN_PROGRESS) {
				this.draws.find(id).ifPresent((record) -> this.service.finish(plan, record));
			}
		}
	}

}
