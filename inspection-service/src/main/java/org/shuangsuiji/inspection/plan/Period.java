package org.shuangsuiji.inspection.plan;

import java.time.LocalDate;

/** The dates within which a plan's on-site inspections take place, both inclusive. */
public record Period(LocalDate start, LocalDate end) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
