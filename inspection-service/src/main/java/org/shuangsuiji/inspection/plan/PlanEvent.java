package org.shuangsuiji.inspection.plan;

/**
 * What happened to a plan, published by {@link PlanService} once the plan is saved; the
 * audit trail and the metrics listen.
 */
public sealed interface PlanEvent {

	/** Who did it. */
	Actor by();

	/** The plan as saved. */
	Plan plan();

	record Created(Actor by, Plan plan) implements PlanEvent {
	}

	record Revised(Actor by, Plan plan) implements PlanEvent {
	}

	record Published(Actor by, Plan plan) implements PlanEvent {
	}

	/** Moved on from {@code from} to the saved plan's status. */
	record StatusChanged(Actor by, Plan plan, PlanStatus from) implements PlanEvent {
	}

}
