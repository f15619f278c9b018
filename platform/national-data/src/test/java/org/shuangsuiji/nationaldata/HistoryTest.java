package org.shuangsuiji.nationaldata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.history.HistoryLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryTest {

	private static final DataSet.Plan PLAN_2019 = plan(2019, "xinxiang-2024-checklist");

	private static final DataSet.Plan PLAN_2025 = plan(2025, "ezhou-2025-scoring");

	@Test
	void theSameSeedAgencyCityAndYearTellTheSameStoryWhateverIdsThePlatformGave() {
		HistoryLine first = History.of(1, PLAN_2019, task("plan-a", "某某司法鉴定所（虚构）"), "bureau-410700", 2025);
		HistoryLine again = History.of(1, PLAN_2019, task("plan-b", "某某司法鉴定所（虚构）"), "bureau-410700", 2025);
		HistoryLine otherSeed = History.of(2, PLAN_2019, task("plan-a", "某某司法鉴定所（虚构）"), "bureau-410700", 2025);
		assertThat(again.seed()).isEqualTo(first.seed());
		assertThat(again.visitDay()).isEqualTo(first.visitDay());
		assertThat(again.findings()).isEqualTo(first.findings());
		assertThat(otherSeed.seed()).isNotEqualTo(first.seed());
	}

	@Test
	void visitsFallOnWorkingDaysInThePlanPeriodAndPublicationFollowsTheVisit() {
		for (HistoryLine line : lines(PLAN_2019, 2_000)) {
			assertThat(History.working(line.visitDay())).as(line.visitDay().toString()).isTrue();
			assertThat(line.visitDay()).isBetween(PLAN_2019.periodStart(), PLAN_2019.periodEnd());
			assertThat(line.publishedDay()).isAfter(line.visitDay());
			assertThat(line.stage()).isEqualTo("PUBLISHED");
			assertThat(line.evidence()).isBetween(3, 9);
			assertThat(line.planRegion()).isEqualTo("410700");
			assertThat(line.templateKind()).isEqualTo(History.CHECKLIST);
		}
	}

	@Test
	void theSharesOfCleanRefusedOpenLateAndUnpublishedAreAsDeclared() {
		List<HistoryLine> latest = lines(PLAN_2025, 20_000);
		double clean = share(latest, (l) -> l.findings() == 0);
		double refused = share(latest, (l) -> "REFUSED".equals(l.factSheet()));
		double unpublished = share(latest, (l) -> "CLOSED".equals(l.stage()));
		List<HistoryLine> withFindings = latest.stream().filter((l) -> l.findings() > 0).toList();
		double open = share(withFindings, (l) -> !l.rectified());
		List<HistoryLine> published = latest.stream().filter((l) -> l.publishedDay() != null).toList();
		double late = share(published, (l) -> l.publishedDay().isAfter(History.addWorkingDays(l.visitDay(), 20)));
		assertThat(clean).isCloseTo(History.CLEAN, within(0.02));
		assertThat(refused).isCloseTo(History.REFUSED, within(0.01));
		assertThat(unpublished).isCloseTo(History.UNPUBLISHED_LATEST, within(0.01));
		assertThat(open).isCloseTo(History.OPEN_RECTIFICATION, within(0.02));
		assertThat(late).isCloseTo(History.LATE, within(0.01));
		assertThat(latest).allMatch((l) -> l.findings() <= 7);
		assertThat(latest).allMatch((l) -> l.findings() > 0 || l.rectified());
		assertThat(latest).allMatch((l) -> l.templateKind().equals(History.DEDUCTION));
	}

	@Test
	void onlyTheLatestYearLeavesInspectionsUnpublished() {
		assertThat(lines(PLAN_2019, 2_000)).allMatch((l) -> "PUBLISHED".equals(l.stage()));
		assertThat(lines(PLAN_2025, 2_000)).anyMatch((l) -> "CLOSED".equals(l.stage()) && l.publishedDay() == null);
	}

	@Test
	void workingDaysSkipWeekendsAndTheMayAndOctoberHolidays() {
		assertThat(History.working(LocalDate.of(2019, 10, 3))).isFalse();
		assertThat(History.working(LocalDate.of(2019, 5, 2))).isFalse();
		assertThat(History.working(LocalDate.of(2019, 6, 15))).isFalse();
		assertThat(History.working(LocalDate.of(2019, 6, 14))).isTrue();
		// Friday 2019-09-27 + 1 working day: over the weekend and the whole National Day
		// week
		assertThat(History.addWorkingDays(LocalDate.of(2019, 9, 27), 1)).isEqualTo(LocalDate.of(2019, 9, 30));
		assertThat(History.addWorkingDays(LocalDate.of(2019, 9, 30), 1)).isEqualTo(LocalDate.of(2019, 10, 9));
	}

	@Test
	void aLineIsWrittenWithTheContractsFieldNamesAndIsoDays() {
		HistoryLine line = History.of(1, PLAN_2019, task("plan-a", "某某司法鉴定所（虚构）"), "bureau-410700", 2025);
		JsonNode json = HistoryWriter.JSON.readTree(HistoryWriter.JSON.writeValueAsString(line));
		assertThat(json.propertyNames()).containsExactly("taskId", "planId", "year", "planRegion", "agencyId",
				"agencyName", "agencyRegion", "templateId", "templateKind", "team", "organiser", "stage", "visitDay",
				"visitStart", "findings", "factSheet", "rectified", "publishedDay", "evidence", "seed");
		assertThat(json.path("visitDay").asString()).isEqualTo(line.visitDay().toString());
		assertThat(json.path("team").get(0).path("kind").asString()).isEqualTo("INSPECTOR");
		assertThat(json.path("seed").isIntegralNumber()).isTrue();
	}

	@Test
	void aLineWritesItsVisitStartAsHoursAndMinutesAndAnUnpublishedDayAsNull() {
		HistoryLine line = lines(PLAN_2025, 2_000).stream()
			.filter((l) -> l.publishedDay() == null)
			.findFirst()
			.orElseThrow();
		JsonNode json = HistoryWriter.JSON.readTree(HistoryWriter.JSON.writeValueAsString(line));
		assertThat(json.path("visitStart").asString()).matches("(09:00|09:30|10:00|14:30)");
		assertThat(json.has("publishedDay")).isTrue();
		assertThat(json.path("publishedDay").isNull()).isTrue();
		assertThat(json.has("templateVersion")).isFalse();
	}

	@Test
	void aTaskIsReadAsTheOrganisingCityIsAnsweredIt() {
		JsonNode answer = PlatformClient.JSON.readTree("""
				{"id":"p1:a1","planId":"p1","year":2019,"agencyId":"a1","agencyName":"甲（虚构）",
				 "agencyRegion":"410702","status":"SCHEDULED",
				 "team":[{"kind":"INSPECTOR","personId":"i1","name":"张三","lawEnforcementCertNo":"豫A001"},
				         {"kind":"EXPERT","personId":"e1","name":"李四","lawEnforcementCertNo":null}]}
				""");
		History.Task task = HistoryWriter.task(answer);
		assertThat(task.taskId()).isEqualTo("p1:a1");
		assertThat(task.agencyRegion()).isEqualTo("410702");
		assertThat(task.team()).extracting(HistoryLine.Member::personId).containsExactly("i1", "e1");
		assertThat(task.team().get(1).lawEnforcementCertNo()).isEmpty();
	}

	static DataSet.Plan plan(int year, String template) {
		return new DataSet.Plan("410700", year, "新乡市" + year + "年度计划（生成）", LocalDate.of(year, 4, 1),
				LocalDate.of(year, 7, 31), 20, template, 1, "seed-" + year);
	}

	static History.Task task(String planId, String agencyName) {
		return new History.Task(planId + ":a1", planId, 2019, "a1", agencyName, "410702",
				List.of(new HistoryLine.Member("INSPECTOR", "i1", "张三", "豫A001"),
						new HistoryLine.Member("INSPECTOR", "i2", "王五", "豫A002")));
	}

	private static List<HistoryLine> lines(DataSet.Plan plan, int n) {
		List<HistoryLine> lines = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			lines.add(History.of(1, plan, task("p", "机构" + i + "（虚构）"), "bureau-410700", 2025));
		}
		return lines;
	}

	private static double share(List<HistoryLine> lines, java.util.function.Predicate<HistoryLine> test) {
		return lines.stream().filter(test).count() / (double) lines.size();
	}

}
