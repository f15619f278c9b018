package org.shuangsuiji.registry.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * The flags as computed on {@code computedOn}, stored with the agency so that search can
 * filter by them. They hold until {@code validUntil} (exclusive): the first day a date in
 * the record (an expiry, a calibration, a new year) could change them. An appraiser
 * change resets {@code validUntil} so the next read recomputes.
 *
 * @param flags the flags
 * @param computedOn the day they were computed for
 * @param validUntil the first day they must be recomputed
 */
public record FlagState(List<Flag> flags, LocalDate computedOn, LocalDate validUntil) {

	public FlagState {
		flags = List.copyOf(flags);
	}

	/** A state that every read recomputes. */
	public static FlagState stale() {
		return new FlagState(List.of(), null, LocalDate.EPOCH);
	}

	public boolean freshOn(LocalDate day) {
		return this.computedOn != null && this.validUntil != null && day.isBefore(this.validUntil)
				&& !day.isBefore(this.computedOn);
	}

}
