package org.shuangsuiji.inspection.calendar;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysProperties {

	private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

	private static final WorkingDays CALENDAR = OfficialCalendar.load();

	/** Days from which 60 working days stay inside the calendar's years. */
	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 1000).map(FIRST::plusDays);
	}

	@Property
	void theNthWorkingDayAfterIsAWorkingDayWithExactlyNWorkingDaysUpToIt(@ForAll("days") LocalDate day,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate result = CALENDAR.after(day, n);
		assertThat(result).isAfter(day);
		assertThat(CALENDAR.isWorkingDay(result)).isTrue();
		long counted = day.plusDays(1).datesUntil(result.plusDays(1)).filter(CALENDAR::isWorkingDay).count();
		assertThat(counted).isEqualTo(n);
	}

	@Property
	void countingInTwoStepsEqualsCountingAtOnce(@ForAll("days") LocalDate day,
			@ForAll @IntRange(min = 0, max = 30) int a, @ForAll @IntRange(min = 0, max = 30) int b) {
		assertThat(CALENDAR.after(CALENDAR.after(day, a), b)).isEqualTo(CALENDAR.after(day, a + b));
	}

	@Property
	void aLaterDayNeverHasAnEarlierDeadline(@ForAll("days") LocalDate day,
			@ForAll @IntRange(min = 1, max = 30) int later, @ForAll @IntRange(min = 0, max = 25) int n) {
		assertThat(CALENDAR.after(day.plusDays(later), n)).isAfterOrEqualTo(CALENDAR.after(day, n));
	}

}
