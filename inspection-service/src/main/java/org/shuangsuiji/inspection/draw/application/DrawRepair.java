package org.shuangsuiji.inspection.draw.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.draw.persistence.DrawStore;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.persistence.PlanStore;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, finishes what a crash between saving a draw record and creating its tasks
 * (or moving its plan to DRAWN) left undone. Without multi-document transactions the draw
 * record is the commit point and everything else is derived from it.
 */
@Component
class DrawRepair {

	private static final Logger log = LoggerFactory.getLogger(DrawRepair.class);

	private final DrawStore draws;

	private final PlanStore plans;

	private final DrawService service;

	DrawRepair(DrawStore draws, PlanStore plans, DrawService service) {
		this.draws = draws;
		this.plans = plans;
		this.service = service;
	}

	@EventListener(ApplicationReadyEvent.class)
	void repair() {
		for (PlanId id : this.draws.drawnPlanIds()) {
			Plan plan = this.plans.find(id).orElse(null);
			if (plan != null && (plan.status() == PlanStatus.PUBLISHED || plan.status() == PlanStatus.DRAWN
					|| plan.status() == PlanStatus.IN_PROGRESS)) {
				this.draws.find(id).ifPresent((record) -> this.service.finish(plan, record));
			}
			else if (plan == null) {
				log.warn("draw record of plan {} has no plan", id);
			}
		}
	}

}
