package org.shuangsuiji.inspection.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

	private final WorkingDays calendar = OfficialCalendar.load();

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({
			// 2024 Spring Festival: 2月10日至17日放假调休, 2月4日(星期日)、2月18日(星期日)上班; 除夕 2月9日 is a
			// working day
			"2024-02-04, true", "2024-02-08, true", "2024-02-09, true", "2024-02-10, false", "2024-02-12, false",
			"2024-02-16, false", "2024-02-17, false", "2024-02-18, true", "2024-02-19, true",
			// 2024 National Day: 10月1日至7日, 9月29日(星期日)、10月12日(星期六)上班
			"2024-09-28, false", "2024-09-29, true", "2024-09-30, true", "2024-10-01, false", "2024-10-07, false",
			"2024-10-08, true", "2024-10-12, true", "2024-10-13, false",
			// 2024 others: 元旦, 清明 with 4月7日(星期日), 劳动节 with 4月28日 and 5月11日, 端午, 中秋 with
			// 9月14日
			"2024-01-01, false", "2024-04-04, false", "2024-04-07, true", "2024-04-28, true", "2024-05-03, false",
			"2024-05-11, true", "2024-06-10, false", "2024-06-11, true", "2024-09-14, true", "2024-09-16, false",
			// 2025: 元旦 one day, 春节 1月28日至2月4日 with 1月26日(周日)、2月8日(周六), 国庆中秋 10月1日至8日
			"2025-01-01, false", "2025-01-02, true", "2025-01-26, true", "2025-01-27, true", "2025-01-28, false",
			"2025-02-04, false", "2025-02-05, true", "2025-02-08, true", "2025-04-27, true", "2025-05-05, false",
			"2025-06-02, false", "2025-09-28, true", "2025-10-08, false", "2025-10-09, true", "2025-10-11, true",
			// 2026: 元旦 1月1日至3日 with 1月4日(周日), 春节 2月15日至23日 with 2月14日、2月28日(周六)
			"2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-16, false", "2026-02-23, false",
			"2026-02-24, true", "2026-02-28, true", "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",
			"2026-09-25, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true",
			// plain weeks
			"2024-06-07, true", "2024-06-08, false", "2024-06-09, false", "2025-03-12, true", "2026-11-29, false" })
	void knowsTheOfficialWorkingDays(LocalDate day, boolean working) {
		assertThat(this.calendar.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2024-06-03, 20, 2024-07-02", "2024-06-03, 0, 2024-06-03", "2024-06-07, 1, 2024-06-11",
			"2024-02-08, 1, 2024-02-09", "2024-02-09, 1, 2024-02-18", "2024-02-02, 1, 2024-02-04",
			"2024-09-27, 1, 2024-09-29", "2024-09-30, 1, 2024-10-08", "2024-10-11, 1, 2024-10-12",
			"2024-12-31, 1, 2025-01-02", "2025-01-27, 1, 2025-02-05", "2025-09-30, 1, 2025-10-09",
			"2026-02-13, 1, 2026-02-14", "2026-02-14, 1, 2026-02-24", "2026-09-30, 1, 2026-10-08",
			"2024-09-20, 20, 2024-10-23", "2026-02-09, 20, 2026-03-13" })
	void countsWorkingDaysAfterADay(LocalDate day, int n, LocalDate expected) {
		assertThat(this.calendar.after(day, n)).isEqualTo(expected);
	}

	@Test
	void aYearMissingFromTheFileIsAnErrorNotAGuess() {
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2027, 3, 1)))
			.isInstanceOf(CalendarMissingException.class)
			.hasMessageStartingWith("no calendar for 2027");
		assertThatThrownBy(() -> this.calendar.after(LocalDate.of(2026, 12, 15), 20))
			.isInstanceOf(CalendarMissingException.class)
			.hasMessageStartingWith("no calendar for 2027");
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
			.hasMessageStartingWith("no calendar for 2023");
	}

	@Test
	void eachYearCitesItsNotice() {
		assertThat(this.calendar.year(2024).orElseThrow().documentNumber()).isEqualTo("国办发明电〔2023〕7号");
		assertThat(this.calendar.year(2025).orElseThrow().documentNumber()).isEqualTo("国办发明电〔2024〕12号");
		assertThat(this.calendar.year(2026).orElseThrow().notice()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
		assertThat(this.calendar.year(2026).orElseThrow().documentNumber()).as("not verified, left empty").isNull();
		assertThat(this.calendar.year(2027)).isEmpty();
	}

	@Test
	void nextYearIsAddedAsData() {
		WorkingDays withNextYear = CalendarFile.parse(List.of("year,2027,通知,,2026-11-01,test",
				"holiday,2027-01-01,2027-01-01,元旦", "workday,2027-01-02,2027-01-02,调休"));
		assertThat(withNextYear.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(withNextYear.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
	}

	@Test
	void refusesAFileThatWouldSilentlyMisleadTheCount() {
		assertThatThrownBy(
				() -> CalendarFile.parse(List.of("year,2024,通知,号,2023-10-25,s", "workday,2024-02-05,2024-02-05,调休")))
			.hasMessageContaining("line 2")
			.hasMessageContaining("not a weekend");
		assertThatThrownBy(
				() -> CalendarFile.parse(List.of("year,2024,通知,号,2023-10-25,s", "holiday,2025-01-01,2025-01-01,元旦")))
			.hasMessageContaining("not in 2024");
		assertThatThrownBy(() -> CalendarFile.parse(List.of("holiday,2024-01-01,2024-01-01,元旦")))
			.hasMessageContaining("before any year");
		assertThatThrownBy(
				() -> CalendarFile.parse(List.of("year,2024,通知,号,2023-10-25,s", "year,2024,通知,号,2023-10-25,s")))
			.hasMessageContaining("twice");
	}

}
