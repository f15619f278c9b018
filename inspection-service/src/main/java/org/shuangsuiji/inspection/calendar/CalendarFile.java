package org.shuangsuiji.inspection.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the calendar data file ({@code calendar/cn-working-days.csv}): comma-separated
 * lines, {@code #} comments and blank lines ignored.
 * <ul>
 * <li>{@code year,<year>,<notice>,<document number or empty>,<issued>,<source>} opens a
 * year;</li>
 * <li>{@code holiday,<first>,<last>,<name>}: every day from first to last is off;</li>
 * <li>{@code workday,<first>,<last>,<name>}: Saturdays or Sundays worked (调休); a weekday
 * here is refused, it would mean a mistyped date.</li>
 * </ul>
 * Every day must lie in the year opened before it. A faulty file stops the service from
 * starting, with the line number.
 */
public final class CalendarFile {

	private CalendarFile() {
	}

	public static WorkingDays parse(List<String> lines) {
		Map<Integer, Builder> years = new LinkedHashMap<>();
		Builder current = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int number = i + 1;
			String[] cells = line.split(",", -1);
			try {
				switch (cells[0]) {
					case "year" -> {
						require(cells.length == 6, "a year line has 6 fields");
						current = new Builder(Integer.parseInt(cells[1]), cells[2], cells[3], LocalDate.parse(cells[4]),
								cells[5]);
						require(years.put(current.year, current) == null, "year " + current.year + " appears twice");
					}
					case "holiday", "workday" -> {
						require(current != null, "a day line before any year line");
						require(cells.length == 4, "a day line has 4 fields");
						current.add(cells[0].equals("workday"), LocalDate.parse(cells[1]), LocalDate.parse(cells[2]));
					}
					default -> throw new IllegalArgumentException("unknown line kind " + cells[0]);
				}
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw new IllegalArgumentException("working-day calendar, line " + number + ": " + ex.getMessage(), ex);
			}
		}
		return new WorkingDays(years.values().stream().map(Builder::build).toList());
	}

	private static void require(boolean ok, String message) {
		if (!ok) {
			throw new IllegalArgumentException(message);
		}
	}

	private static final class Builder {

		private final int year;

		private final String notice;

		private final String documentNumber;

		private final LocalDate issued;

		private final String source;

		private final Set<LocalDate> daysOff = new HashSet<>();

		private final Set<LocalDate> workingWeekends = new HashSet<>();

		Builder(int year, String notice, String documentNumber, LocalDate issued, String source) {
			this.year = year;
			this.notice = notice;
			this.documentNumber = documentNumber.isBlank() ? null : documentNumber;
			this.issued = issued;
			this.source = source;
		}

		void add(boolean working, LocalDate first, LocalDate last) {
			require(!last.isBefore(first), "the last day " + last + " is before the first " + first);
			List<LocalDate> days = new ArrayList<>(first.datesUntil(last.plusDays(1)).toList());
			for (LocalDate day : days) {
				require(day.getYear() == this.year, day + " is not in " + this.year);
				if (working) {
					require(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY,
							day + " is a " + day.getDayOfWeek() + ", not a weekend that could be swapped");
					this.workingWeekends.add(day);
				}
				else {
					this.daysOff.add(day);
				}
			}
			require(this.daysOff.stream().noneMatch(this.workingWeekends::contains),
					"a day is both off and worked in " + this.year);
		}

		CalendarYear build() {
			return new CalendarYear(this.year, this.notice, this.documentNumber, this.issued, this.source, this.daysOff,
					this.workingWeekends);
		}

	}

}
