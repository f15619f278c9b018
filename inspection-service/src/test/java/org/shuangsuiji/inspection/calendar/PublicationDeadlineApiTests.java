package org.shuangsuiji.inspection.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDeadlineApiTests extends ApiTestSupport {

	private void schedule(String planId, String agencyId, String day, String notifyAt) {
		body(http(city()).put("/api/inspections/tasks/" + planId + ":" + agencyId + "/schedule",
				Map.of("day", day, "notifyAt", notifyAt)), 200);
	}

	private String deadlines(String planId, String bearer, int status) {
		return body(http(bearer).get("/api/inspections/plans/" + planId + "/publication-deadlines"), status);
	}

	@Test
	void eachScheduledInspectionIsPublishedWithinTwentyWorkingDaysOnTheOfficialCalendar() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		schedule(id, "ag-01", "2024-06-03", "2024-06-02T09:00");
		schedule(id, "ag-02", "2024-06-07", "2024-06-06T09:00");
		String body = deadlines(id, city(), 200);
		assertThat((Integer) read(body, "$.workingDays")).isEqualTo(20);
		List<Map<String, Object>> list = read(body, "$.deadlines");
		assertThat(list).extracting((d) -> d.get("taskId")).containsExactly(id + ":ag-01", id + ":ag-02");
		// 端午节 2024-06-10 is not counted
		assertThat(list).extracting((d) -> d.get("deadline")).containsExactly("2024-07-02", "2024-07-08");
		LocalDate today = LocalDate.parse(read(body, "$.today"));
		boolean passed = today.isAfter(LocalDate.of(2024, 7, 8));
		assertThat(list).allSatisfy((d) -> {
			assertThat(d.get("published")).isEqualTo(false);
			assertThat(d.get("overdue")).isEqualTo(passed);
		});
		String overdue = body(http(city()).get("/api/inspections/plans/" + id + "/publication-deadlines?overdue=true"),
				200);
		assertThat((List<?>) read(overdue, "$.deadlines")).hasSize(passed ? 2 : 0);
		assertThat((Integer) read(overdue, "$.overdueCount")).isEqualTo(passed ? 2 : 0);
	}

	@Test
	void aDisclosedPlanHasNothingOverdue() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		schedule(id, "ag-01", "2024-06-03", "2024-06-02T09:00");
		for (String status : List.of("IN_PROGRESS", "CLOSED", "DISCLOSED")) {
			body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", status)), 200);
		}
		List<Map<String, Object>> list = read(deadlines(id, city(), 200), "$.deadlines");
		assertThat(list).singleElement().satisfies((d) -> {
			assertThat(d.get("published")).isEqualTo(true);
			assertThat(d.get("overdue")).isEqualTo(false);
		});
	}

	@Test
	void anInspectionWhoseDeadlineFallsInAYearWithoutCalendarIsAnExplicitError() {
		Map<String, Object> plan = xinxiangPlanIn2027();
		String id = drawnPlan(plan);
		schedule(id, "ag-01", "2027-06-08", "2027-06-07T09:00");
		assertThat(deadlines(id, city(), 422)).contains("calendar-year-missing", "no calendar for 2027");
	}

	@Test
	void onlyThoseWhoReadTheTasksSeeTheirDeadlines() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		schedule(id, "ag-01", "2024-06-03", "2024-06-02T09:00");
		deadlines(id, null, 401);
		deadlines(id, as(Role.CITY, "410100"), 403);
		assertThat((List<?>) read(deadlines(id, as(Role.PROVINCE, "410000"), 200), "$.deadlines")).hasSize(1);
		assertThat((List<?>) read(deadlines(id, agency("ag-02", "410711"), 200), "$.deadlines")).isEmpty();
		assertThat((List<?>) read(deadlines(id, agency("ag-01", "410703"), 200), "$.deadlines")).hasSize(1);
		body(http(city()).get("/api/inspections/plans/no-such-plan/publication-deadlines"), 404);
	}

}
