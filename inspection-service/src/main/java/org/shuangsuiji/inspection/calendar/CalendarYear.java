package org.shuangsuiji.inspection.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the official calendar, as one notice of the State Council General Office
 * (国务院办公厅关于…年部分节假日安排的通知) sets it.
 *
 * @param year the calendar year
 * @param notice the notice's title
 * @param documentNumber its document number (e.g. 国办发明电〔2023〕7号), {@code null} when it
 * could not be verified
 * @param issued the day the notice was issued
 * @param source where it was read
 * @param daysOff the public holidays, including the days swapped off (放假调休)
 * @param workingWeekends the Saturdays and Sundays worked instead (调休上班)
 */
public record CalendarYear(int year, String notice, String documentNumber, LocalDate issued, String source,
		Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {

	public CalendarYear {
		daysOff = Set.copyOf(daysOff);
		workingWeekends = Set.copyOf(workingWeekends);
	}

}
