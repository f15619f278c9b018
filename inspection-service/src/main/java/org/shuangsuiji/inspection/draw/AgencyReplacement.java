package org.shuangsuiji.inspection.draw;

import java.time.Instant;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * An agency withdrawn from the draw (its licence cancelled, a conflict of the whole
 * bureau) and the agency drawn in its place with a new team.
 *
 * @param seq the event number
 * @param agencyId the agency withdrawn; never drawn again
 * @param substitute the agency drawn in its place and its team
 * @param reason why
 * @param seed {@code /1}: the event's own seed; {@code null} in {@code /2}
 * @param by who recorded it
 * @param at when
 */
public record AgencyReplacement(int seq, String agencyId, DrawnAgency substitute, String reason, Seed seed, Actor by,
		Instant at) implements Replacement {

	public AgencyReplacement {
		Replacement.requireReason(reason);
	}

	@Override
	public Assignment applyTo(Assignment before) {
		return before.withAgencyReplaced(this.agencyId, this.substitute);
	}

	@Override
	public boolean rerunMatches(DrawEngine engine, Assignment before, byte[] key, Pseudonyms pseudonyms) {
		return engine.substituteFor(before, this.seq, this.agencyId, key).equals(pseudonyms.toRefs(this.substitute));
	}

}
