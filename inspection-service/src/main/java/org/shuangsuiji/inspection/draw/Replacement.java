package org.shuangsuiji.inspection.draw;

import java.time.Instant;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * A recorded change to a drawn plan: never a silent redraw, but an event with a reason,
 * its own seed and the same rules, that anyone can re-run.
 */
public sealed interface Replacement permits PersonReplacement, AgencyReplacement {

	int MAX_REASON = 500;

	/** 1 for the first replacement of a draw, then 2, 3 … */
	int seq();

	/** The agency whose team changed, or the agency withdrawn. */
	String agencyId();

	String reason();

	Seed seed();

	Actor by();

	Instant at();

	/** The assignment after this event. */
	Assignment applyTo(Assignment before);

	/**
	 * Re-runs the event on {@code before} and tells whether it gives the recorded
	 * outcome.
	 */
	boolean rerunMatches(DrawEngine engine, Assignment before);

	static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("a replacement needs a reason of 1 to " + MAX_REASON + " characters");
		}
		return reason;
	}

}
