package org.shuangsuiji.inspection.draw;

import java.time.Duration;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;

/**
 * What happened to a plan's draw, published by {@link DrawService} once the draw record
 * is saved (or, for a refusal, instead of saving it); the audit trail and the metrics
 * listen.
 */
public sealed interface DrawEvent {

	/** Who did it. */
	Actor by();

	/** The plan drawn. */
	Plan plan();

	/** The pools snapshotted and their commitment recorded; no seed yet. */
	record Committed(Actor by, Plan plan, DrawRecord record) implements DrawEvent {
	}

	/**
	 * The rules could not staff {@code agencyId} with this seed; nothing was saved.
	 *
	 * @param rule the rule that left too few people
	 * @param took how long the attempt ran
	 */
	record Refused(Actor by, Plan plan, Seed seed, String agencyId, StaffingRule rule,
			Duration took) implements DrawEvent {
	}

	/**
	 * Seeded and drawn; tasks created.
	 *
	 * @param took how long the draw itself ran
	 */
	record Drawn(Actor by, Plan plan, DrawRecord record, Duration took) implements DrawEvent {
	}

	/** A person replaced on a team; {@code replacement} is the recorded event. */
	record PersonReplaced(Actor by, Plan plan, DrawRecord record, PersonReplacement replacement) implements DrawEvent {
	}

	/** A drawn agency withdrawn and another drawn in its place. */
	record AgencyReplaced(Actor by, Plan plan, DrawRecord record, AgencyReplacement replacement) implements DrawEvent {
	}

}
