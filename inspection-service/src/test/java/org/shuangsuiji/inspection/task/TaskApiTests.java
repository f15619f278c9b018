package org.shuangsuiji.inspection.task;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class TaskApiTests extends ApiTestSupport {

	private List<Map<String, Object>> tasks(String planId, String bearer) {
		return read(body(http(bearer).get("/api/inspections/tasks?planId=" + planId), 200), "$");
	}

	@Test
	void eachDrawnAgencyGetsATaskWithItsTeam() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "RATE", "value", 25), twoInspectors()));
		List<Map<String, Object>> tasks = tasks(id, city());
		assertThat(tasks).hasSize(3).allSatisfy((task) -> {
			assertThat(task.get("status")).isEqualTo("PLANNED");
			assertThat((List<?>) task.get("team")).hasSize(2);
		});
		assertThat(tasks(id, as(Role.PROVINCE, "410000"))).hasSize(3);
		assertThat(tasks(id, as(Role.CITY, "410100"))).isEmpty();
		body(http(null).get("/api/inspections/tasks"), 401);
	}

	@Test
	void aCountySeesOnlyTheTasksOfAgenciesInItsCounty() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		List<Map<String, Object>> all = tasks(id, city());
		String county = (String) all.get(0).get("agencyRegion");
		List<Map<String, Object>> seen = tasks(id, as(Role.COUNTY, county));
		assertThat(seen).isNotEmpty().allSatisfy((task) -> assertThat(task.get("agencyRegion")).isEqualTo(county));
		assertThat(seen.size()).isLessThan(all.size());
		String other = all.stream()
			.filter((task) -> !task.get("agencyRegion").equals(county))
			.findFirst()
			.map((task) -> (String) task.get("id"))
			.orElseThrow();
		body(http(as(Role.COUNTY, county)).get("/api/inspections/tasks/" + other), 404);
	}

	@Test
	void inspectorsSeeOnlyTheTasksWhoseCurrentTeamNamesThem() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "RATE", "value", 25), twoInspectors()));
		Map<String, Object> task = tasks(id, city()).get(0);
		String personId = (String) ((List<Map<String, Object>>) task.get("team")).get(0).get("personId");
		String named = TestJwts.as(Role.INSPECTOR).region("410700").person(personId).bearer();
		List<Map<String, Object>> mine = read(body(http(named).get("/api/inspections/tasks?year=2024"), 200), "$");
		assertThat(mine).isNotEmpty()
			.allSatisfy((t) -> assertThat((List<Map<String, Object>>) t.get("team"))
				.anyMatch((member) -> member.get("personId").equals(personId)));
		assertThat(
				read(body(http(named).get("/api/inspections/tasks/" + task.get("id")), 200), "$.relation").toString())
			.isEqualTo("TEAM");
		String stranger = TestJwts.as(Role.INSPECTOR).region("410700").person("in-nobody").bearer();
		body(http(stranger).get("/api/inspections/tasks/" + task.get("id")), 404);
		String sameIdAsExpert = TestJwts.as(Role.EXPERT).region("410700").person(personId).bearer();
		body(http(sameIdAsExpert).get("/api/inspections/tasks/" + task.get("id")), 404);
		// ADR 0404: no region fallback any more; without person_id an inspector is on no
		// team
		assertThat(tasks(id, as(Role.EXPERT, "410700"))).isEmpty();
		assertThat(tasks(id, as(Role.INSPECTOR, "410700"))).isEmpty();
	}

	@Test
	void theOrganiserSchedulesOnAWorkingDayWithNoticeNoEarlierThan24Hours() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "RATE", "value", 25), twoInspectors()));
		String taskId = (String) tasks(id, city()).get(0).get("id");
		String uri = "/api/inspections/tasks/" + taskId + "/schedule";
		assertThat(body(
				http(city()).put(uri, Map.of("day", "2024-06-08", "start", "09:00", "notifyAt", "2024-06-07T16:00")),
				422))
			.contains("task-not-working-day");
		assertThat(body(
				http(city()).put(uri, Map.of("day", "2024-06-11", "start", "09:00", "notifyAt", "2024-06-10T08:30")),
				422))
			.contains("notification-too-early", "notifyAt");
		assertThat(body(
				http(city()).put(uri, Map.of("day", "2024-07-02", "start", "09:00", "notifyAt", "2024-07-01T10:00")),
				422))
			.contains("task-outside-period");
		body(http(city()).put(uri, Map.of("day", "2024-06-11")), 400);
		Map<String, Object> fine = Map.of("day", "2024-06-11", "start", "09:00", "notifyAt", "2024-06-10T09:00");
		body(http(as(Role.PROVINCE, "410000")).put(uri, fine), 403);
		body(http(as(Role.COUNTY, "410725")).put(uri, fine), 403);
		body(http(as(Role.INSPECTOR, "410700")).put(uri, fine), 403);
		String scheduled = body(http(city()).put(uri, fine), 200);
		assertThat(read(scheduled, "$.status").toString()).isEqualTo("SCHEDULED");
		assertThat(read(scheduled, "$.schedule.notifyAt").toString()).isEqualTo("2024-06-10T09:00:00");
	}

	@Test
	void anAgencySeesItsTaskOnlyOnceNotified() {
		Map<String, Object> plan = xinxiangPlanIn2027();
		String future = drawnPlan(plan);
		String past = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		body(http(city()).put("/api/inspections/tasks/" + future + ":ag-01/schedule",
				Map.of("day", "2027-06-08", "notifyAt", "2027-06-07T09:00")), 200);
		body(http(city()).put("/api/inspections/tasks/" + past + ":ag-01/schedule",
				Map.of("day", "2024-06-11", "notifyAt", "2024-06-10T09:00")), 200);
		String own = agency("ag-01", "410703");
		body(http(own).get("/api/inspections/tasks/" + future + ":ag-01"), 404);
		body(http(own).get("/api/inspections/tasks/" + past + ":ag-01"), 200);
		body(http(own).get("/api/inspections/tasks/" + past + ":ag-02"), 404);
		assertThat(body(http(own).get("/api/inspections/tasks"), 200)).contains(past + ":ag-01").doesNotContain(future);
		body(http(agency("ag-02", "410711")).get("/api/inspections/tasks/" + past + ":ag-01"), 404);
	}

	@Test
	void beforeTheNoticeTheAgencysCountySeesTheTaskWithoutDateOrTeam() {
		Map<String, Object> plan = xinxiangPlanIn2027();
		String future = drawnPlan(plan);
		String taskId = future + ":ag-01";
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/schedule",
				Map.of("day", "2027-06-08", "notifyAt", "2027-06-07T09:00")), 200);
		String county = body(http(as(Role.COUNTY, "410703")).get("/api/inspections/tasks/" + taskId), 200);
		assertThat(read(county, "$.relation").toString()).isEqualTo("BUREAU");
		assertThat((Boolean) read(county, "$.redacted")).isTrue();
		assertThat((Object) read(county, "$.schedule")).isNull();
		assertThat((List<?>) read(county, "$.team")).isEmpty();
		String organiser = body(http(city()).get("/api/inspections/tasks/" + taskId), 200);
		assertThat(read(organiser, "$.relation").toString()).isEqualTo("ORGANISER");
		assertThat(read(organiser, "$.schedule.day").toString()).isEqualTo("2027-06-08");
		assertThat((List<?>) read(organiser, "$.team")).hasSize(2);
		String access = body(http(as(Role.COUNTY, "410703")).get("/api/inspections/tasks/" + taskId + "/access"), 200);
		assertThat((Object) read(access, "$.inspectionDate")).isNull();
		assertThat((List<?>) read(access, "$.team")).isEmpty();
		body(http(agency("ag-01", "410703")).get("/api/inspections/tasks/" + taskId + "/access"), 403);
	}

	@Test
	void theAccessAnswerCarriesTheContractFieldsForEachRelation() {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "RATE", "value", 25), twoInspectors()));
		Map<String, Object> task = tasks(id, city()).get(0);
		String taskId = (String) task.get("id");
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/schedule",
				Map.of("day", "2024-06-11", "notifyAt", "2024-06-10T09:00")), 200);
		String personId = (String) ((List<Map<String, Object>>) task.get("team")).get(0).get("personId");
		String member = TestJwts.as(Role.INSPECTOR).region("410700").person(personId).bearer();
		String uri = "/api/inspections/tasks/" + taskId + "/access";
		String team = body(http(member).get(uri), 200);
		Map<String, Object> answer = read(team, "$");
		assertThat(answer).containsOnlyKeys("taskId", "planId", "year", "planRegion", "agencyId", "agencyName",
				"agencyRegion", "templateId", "templateVersion", "inspectionDate", "status", "team", "relation", "may");
		assertThat(answer).containsEntry("taskId", taskId)
			.containsEntry("planId", id)
			.containsEntry("year", 2024)
			.containsEntry("planRegion", "410700")
			.containsEntry("templateId", "xinxiang-2024-checklist")
			.containsEntry("templateVersion", 1)
			.containsEntry("inspectionDate", "2024-06-11")
			.containsEntry("status", "SCHEDULED")
			.containsEntry("relation", "TEAM");
		assertThat((Map<String, Object>) answer.get("may")).containsOnlyKeys("answer", "uploadTeamEvidence",
				"uploadAgencyEvidence", "closeEvidence");
		assertThat((List<Map<String, Object>>) answer.get("team")).first()
			.satisfies((m) -> assertThat(m).containsOnlyKeys("kind", "personId", "name"));
		assertThat(read(body(http(city()).get(uri), 200), "$.relation").toString()).isEqualTo("ORGANISER");
		String agencyId = (String) task.get("agencyId");
		String own = agency(agencyId, (String) task.get("agencyRegion"));
		String agencyAnswer = body(http(own).get(uri), 200);
		assertThat(read(agencyAnswer, "$.relation").toString()).isEqualTo("AGENCY");
		assertThat((Boolean) read(agencyAnswer, "$.may.uploadAgencyEvidence")).isTrue();
		body(http(agency("ag-other", "410703")).get(uri), 403);
		body(http(TestJwts.as(Role.INSPECTOR).region("410700").person("in-nobody").bearer()).get(uri), 403);
		body(http(as(Role.CITY, "410100")).get(uri), 403);
		body(http(city()).get("/api/inspections/tasks/" + id + ":ag-none/access"), 404);
	}

}
