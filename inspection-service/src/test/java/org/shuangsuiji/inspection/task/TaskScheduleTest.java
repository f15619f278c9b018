package org.shuangsuiji.inspection.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TaskScheduleTest {

	private static final Period JUNE_2024 = new Period(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30));

	private static final LocalDate TUESDAY = LocalDate.of(2024, 6, 11);

	private static final LocalTime NINE = LocalTime.of(9, 0);

	@Test
	void theAgencyMayBeToldExactly24HoursBefore() {
		TaskSchedule schedule = TaskSchedule.of(TUESDAY, NINE, LocalDateTime.of(2024, 6, 10, 9, 0), JUNE_2024);
		assertThat(schedule.startsAt()).isEqualTo(LocalDateTime.of(2024, 6, 11, 9, 0));
	}

	@Test
	void refusesANotificationEarlierThan24HoursBeforeTheStart() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> TaskSchedule.of(TUESDAY, NINE, LocalDateTime.of(2024, 6, 10, 8, 59), JUNE_2024))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(422);
				assertThat(ex.type()).isEqualTo("notification-too-early");
				assertThat(ex.properties()).containsEntry("field", "notifyAt");
			});
	}

	@Test
	void refusesANotificationAfterTheStart() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> TaskSchedule.of(TUESDAY, NINE, LocalDateTime.of(2024, 6, 11, 9, 1), JUNE_2024))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("notification-after-start"));
	}

	@Test
	void refusesWeekends() {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> TaskSchedule.of(LocalDate.of(2024, 6, 15), NINE, LocalDateTime.of(2024, 6, 14, 16, 0), JUNE_2024))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("task-not-working-day"));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> TaskSchedule
			.of(LocalDate.of(2024, 6, 16), NINE, LocalDateTime.of(2024, 6, 15, 16, 0), JUNE_2024));
	}

	@Test
	void refusesDaysOutsideThePlanPeriod() {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> TaskSchedule.of(LocalDate.of(2024, 7, 1), NINE, LocalDateTime.of(2024, 6, 30, 16, 0), JUNE_2024))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("task-outside-period"));
	}

}
