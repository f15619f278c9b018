package org.shuangsuiji.inspection.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days (工作日) under the official calendar: Monday to Friday unless a notice makes
 * it a day off, and the Saturdays and Sundays a notice makes working days (调休上班). Only
 * years the calendar holds are answered; any other date throws
 * {@link CalendarMissingException}.
 */
public final class WorkingDays {

	private final Map<Integer, CalendarYear> years;

	public WorkingDays(Collection<CalendarYear> years) {
		Map<Integer, CalendarYear> byYear = new TreeMap<>();
		for (CalendarYear year : years) {
			if (byYear.put(year.year(), year) != null) {
				throw new IllegalArgumentException("the calendar holds " + year.year() + " twice");
			}
		}
		this.years = Map.copyOf(byYear);
	}

	/** The calendar of one year, if held. */
	public Optional<CalendarYear> year(int year) {
		return Optional.ofNullable(this.years.get(year));
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarYear year = this.years.get(day.getYear());
		if (year == null) {
			throw new CalendarMissingException(day.getYear());
		}
		if (year.workingWeekends().contains(day)) {
			return true;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend && !year.daysOff().contains(day);
	}

	/**
	 * The day {@code n} working days after {@code day} (the day itself not counted): the
	 * 20th working day after an inspection on Monday 2024-06-03 is 2024-07-02, since
	 * 2024-06-10 is 端午节. {@code n = 0} gives {@code day}.
	 */
	public LocalDate after(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative, got " + n);
		}
		LocalDate current = day;
		int counted = 0;
		while (counted < n) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				counted++;
			}
		}
		return current;
	}

}
