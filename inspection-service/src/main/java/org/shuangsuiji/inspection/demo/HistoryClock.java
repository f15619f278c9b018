package org.shuangsuiji.inspection.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the history's use cases: set to the time of each past step before the step
 * is taken, so that what they stamp "now" is the step's own time. One loader thread uses
 * it; nothing else sees it.
 */
final class HistoryClock extends Clock {

	private Instant now = Instant.EPOCH;

	void set(Instant at) {
		this.now = at;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

}
