package org.shuangsuiji.inspection.calendar;

import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * A date falls in a year the calendar file does not hold: the answer would be a guess, so
 * there is none (422 {@code calendar-year-missing}). The year is added to the data file.
 */
public class CalendarMissingException extends RuleViolationException {

	public CalendarMissingException(int year) {
		super("calendar-year-missing", "no calendar for " + year
				+ ": the State Council notice of its public holidays is not in the working-day calendar file");
		with("year", year);
	}

}
