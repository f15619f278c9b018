package org.shuangsuiji.inspection.draw;

import java.time.Instant;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * A recorded change to a drawn plan: never a silent redraw, but an event with a reason
 * and the same rules, that anyone can re-run. In {@code /2} its chance comes from the
 * draw's key (stream {@code "replacement:" + seq}), so nobody chooses it; a {@code /1}
 * event carries its own seed.
 */
public sealed interface Replacement permits PersonReplacement, AgencyReplacement {

	int MAX_REASON = 500;

	/** 1 for the first replacement of a draw, then 2, 3 … */
	int seq();

	/** The agency whose team changed, or the agency withdrawn. */
	String agencyId();

	String reason();

	/** {@code /1}: the event's own seed; {@code null} in {@code /2}. */
	Seed seed();

	Actor by();

	Instant at();

	/** The assignment after this event. */
	Assignment applyTo(Assignment before);

	/**
	 * Re-runs the event on {@code before} (in the engine's terms: refs for {@code /2})
	 * with the event's stream key and tells whether it gives the recorded outcome.
	 */
	boolean rerunMatches(DrawEngine engine, Assignment before, byte[] key, Pseudonyms pseudonyms);

	static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("a replacement needs a reason of 1 to " + MAX_REASON + " characters");
		}
		return reason;
	}

}
