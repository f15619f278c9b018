package org.shuangsuiji.inspection.draw;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * A person taken off an agency's team (illness, a conflict found late) and who took the
 * place.
 *
 * @param seq the event number
 * @param agencyId the agency
 * @param leaving who left; never drawn for this agency again
 * @param substitutes who joined, in the order drawn
 * @param reason why
 * @param seed {@code /1}: the event's own seed; {@code null} in {@code /2}
 * @param by who recorded it
 * @param at when
 */
public record PersonReplacement(int seq, String agencyId, TeamMember leaving, List<TeamMember> substitutes,
		String reason, Seed seed, Actor by, Instant at) implements Replacement {

	public PersonReplacement {
		substitutes = List.copyOf(substitutes);
		Replacement.requireReason(reason);
	}

	@Override
	public Assignment applyTo(Assignment before) {
		return before.withPersonReplaced(this.agencyId, this.leaving, this.substitutes);
	}

	@Override
	public boolean rerunMatches(DrawEngine engine, Assignment before, byte[] key, Pseudonyms pseudonyms) {
		return engine.substitutesFor(before, this.seq, this.agencyId, pseudonyms.toRef(this.leaving), key)
			.equals(pseudonyms.toRefs(this.substitutes));
	}

}
