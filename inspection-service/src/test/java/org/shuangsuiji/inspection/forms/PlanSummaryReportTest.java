package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanSummaryReportTest {

	@Test
	void countsAgenciesByResultGradeAndRectificationFromTheirLines() {
		PlanSummaryReport report = FormFixtures.summary();
		assertThat(report.countsByResult()).containsExactly(Map.entry("发现问题", 2L), Map.entry("未发现问题", 1L));
		assertThat(report.countsByGrade()).containsExactly(Map.entry("合格", 1L), Map.entry("优秀", 1L),
				Map.entry("基本合格", 1L));
		assertThat(report.countsByRectification()).containsExactly(Map.entry(Rectification.NOT_REQUIRED, 1L),
				Map.entry(Rectification.IN_PROGRESS, 1L), Map.entry(Rectification.COMPLETED, 1L));
	}

	@Test
	void countsAgenciesWithAFindingPerChecklistItemInChecklistOrder() {
		PlanSummaryReport report = FormFixtures.summary();
		assertThat(report.findingsPerItem()).extracting((f) -> f.item().id() + "=" + f.agencies())
			.containsExactly("1=0", "2=2", "3=1", "19=1");
		assertThat(report.itemsWithFindings()).extracting((f) -> f.item().id()).containsExactly("2", "3", "19");
	}

	@Test
	void agenciesWithoutGradeAreLeftOutOfTheGradeCounts() {
		PlanSummaryReport report = FormFixtures.summary(
				List.of(FormFixtures.agency("甲", LocalDate.of(2024, 6, 5), "未发现问题", null, Rectification.NOT_REQUIRED)));
		assertThat(report.countsByGrade()).isEmpty();
		assertThat(report.countsByResult()).containsExactly(Map.entry("未发现问题", 1L));
	}

	@Test
	void refusesAFindingOnAnItemOutsideTheChecklist() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FormFixtures.summary(List
				.of(FormFixtures.agency("甲", LocalDate.of(2024, 6, 5), "发现问题", null, Rectification.IN_PROGRESS, "99"))))
			.withMessageContaining("item 99");
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStarts() {
		PlanSummaryReport report = FormFixtures.summary();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanSummaryReport(report.planId(), report.title(), 2024, report.organiser(),
					report.inspectionType(), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 3), report.reportDate(),
					report.items(), report.agencies()))
			.withMessageContaining("before it starts");
	}

}
