package org.shuangsuiji.inspection.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.PlanTerms;

import static org.assertj.core.api.Assertions.assertThat;

class UpcomingDemoPlanTest {

	@Test
	void theVisitIsTheFirstWorkingDayThreeWeeksAheadAndTheAgencyIsToldTheDayBefore() {
		// 2026-11-30 is a Monday: three weeks later is Monday 2026-12-21
		assertThat(UpcomingDemoPlan.visitDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 21));
		// Saturday 2026-11-28 + 21 = Saturday 2026-12-19 → Monday 2026-12-21
		assertThat(UpcomingDemoPlan.visitDay(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(UpcomingDemoPlan.notifyAt(LocalDate.of(2026, 12, 21)))
			.isEqualTo(LocalDateTime.of(2026, 12, 20, 9, 0));
	}

	@Test
	void thePlanYearIsTheVisitsSoTheVisitAlwaysLiesInThePeriod() {
		for (LocalDate today = LocalDate.of(2026, 12, 1); today
			.isBefore(LocalDate.of(2027, 1, 20)); today = today.plusDays(1)) {
			LocalDate visit = UpcomingDemoPlan.visitDay(today);
			PlanTerms terms = UpcomingDemoPlan.terms(today);
			assertThat(terms.period().contains(visit)).as("visit %s planned on %s", visit, today).isTrue();
			assertThat(visit.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(visit).isAfterOrEqualTo(today.plusDays(UpcomingDemoPlan.DAYS_AHEAD));
			assertThat(terms.scope().region()).isEqualTo(UpcomingDemoPlan.SCOPE);
		}
	}

}
