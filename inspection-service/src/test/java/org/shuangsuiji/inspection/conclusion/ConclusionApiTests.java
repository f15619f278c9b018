package org.shuangsuiji.inspection.conclusion;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ConclusionApiTests extends ApiTestSupport {

	@Autowired
	private TaskStore tasks;

	@Autowired
	private AuditTrail audit;

	private String planId;

	private String taskId;

	@BeforeEach
	void aClosedInspectionOfAg01() {
		this.planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		this.taskId = OfficialSheets.closedTask(this.tasks, this.planId, "ag-01", "410703").id();
	}

	private String uri() {
		return "/api/inspections/tasks/" + this.taskId + "/conclusion";
	}

	private static Map<String, Object> conclusion(String outcome, String reason, List<String> actions,
			boolean sendToProvince) {
		return Map.of("outcome", outcome, "reason", (reason != null) ? reason : "", "actions",
				actions.stream().map((code) -> Map.of("code", code)).toList(), "sendToProvince", sendToProvince);
	}

	@Test
	void theOrganiserReadsTheRecommendationOfTheSubmittedOfficialSheet() {
		OfficialSheets.rectify(this.taskId);
		String view = body(http(city()).get(uri()), 200);
		assertThat(read(view, "$.recommendation.outcome.code").toString()).isEqualTo("RECTIFY");
		assertThat((Integer) read(view, "$.recommendation.findings")).isEqualTo(2);
		assertThat((List<String>) read(view, "$.recommendation.actions[0].itemIds")).containsExactly("item-3",
				"item-7");
		assertThat((Boolean) read(view, "$.isFinal")).isFalse();
		assertThat((Object) read(view, "$.decision")).isNull();
	}

	@Test
	void theCoveringBureausAndTheTeamReadItButNotOtherCitiesTheAgencyOrAnonymous() {
		OfficialSheets.rectify(this.taskId);
		body(http(as(Role.PROVINCE, "410000")).get(uri()), 200);
		body(http(as(Role.COUNTY, "410703")).get(uri()), 200);
		String teamMember = TestJwts.as(Role.INSPECTOR)
			.region("410700")
			.claim("person_id", OfficialSheets.TEAM_INSPECTOR)
			.bearer();
		body(http(teamMember).get(uri()), 200);
		String stranger = TestJwts.as(Role.INSPECTOR).region("410700").claim("person_id", "in-nobody").bearer();
		body(http(stranger).get(uri()), 404);
		body(http(as(Role.COUNTY, "410725")).get(uri()), 404);
		body(http(as(Role.CITY, "410100")).get(uri()), 404);
		body(http(agency("ag-01", "410703")).get(uri()), 403);
		body(http(null).get(uri()), 401);
	}

	@Test
	void onlyTheOrganiserRecordsTheConclusion() {
		OfficialSheets.rectify(this.taskId);
		Map<String, Object> fine = conclusion("RECTIFY", null, List.of("RECTIFY"), false);
		body(http(as(Role.PROVINCE, "410000")).put(uri(), fine), 403);
		body(http(as(Role.CITY, "410100")).put(uri(), fine), 403);
		body(http(as(Role.COUNTY, "410703")).put(uri(), fine), 403);
		body(http(as(Role.INSPECTOR, "410700")).put(uri(), fine), 403);
		body(http(agency("ag-01", "410703")).put(uri(), fine), 403);
		body(http(null).put(uri(), fine), 401);
		String view = body(http(city()).put(uri(), fine), 200);
		assertThat(read(view, "$.decision.outcome.label").toString()).isEqualTo("限期整改");
		assertThat(read(view, "$.decision.byName").toString()).isEqualTo("新乡市司法局 张三");
		assertThat((Boolean) read(view, "$.isFinal")).isTrue();
		assertThat(read(view, "$.finalOutcome.code").toString()).isEqualTo("RECTIFY");
		assertThat((Object) read(view, "$.review")).isNull();
		List<AuditEntry> entries = this.audit.find("410700", this.taskId, 0, 10);
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("conclusion.recorded");
			assertThat(entry.details()).containsEntry("outcome", "RECTIFY").containsEntry("recommended", "RECTIFY");
		});
	}

	@Test
	void aConclusionWaitsForTheTaskToBeClosed() {
		String open = OfficialSheets.task(this.tasks, this.planId, "ag-02", "410711", TaskStatus.FACT_SHEET_SIGNED)
			.id();
		OfficialSheets.rectify(open);
		String problem = body(http(city()).put("/api/inspections/tasks/" + open + "/conclusion",
				conclusion("RECTIFY", null, List.of("RECTIFY"), false)), 409);
		assertThat(problem).contains("task-not-closed", "FACT_SHEET_SIGNED");
		body(http(city()).put("/api/inspections/tasks/" + this.planId + ":ag-99/conclusion",
				conclusion("RECTIFY", null, List.of("RECTIFY"), false)), 404);
	}

	@Test
	void withoutASubmittedOfficialSheetThereIsNothingToConclude() {
		String view = body(http(city()).get(uri()), 200);
		assertThat((Object) read(view, "$.recommendation")).isNull();
		assertThat(body(http(city()).put(uri(), conclusion("RECTIFY", null, List.of(), false)), 422))
			.contains("official-sheet-missing");
	}

	@Test
	void anotherOutcomeThanTheRecommendedOneNeedsAReason() {
		OfficialSheets.rectify(this.taskId);
		String problem = body(http(city()).put(uri(), conclusion("NO_FINDINGS", null, List.of(), false)), 422);
		assertThat(problem).contains("reason-required", "reason");
		String view = body(http(city()).put(uri(), conclusion("NO_FINDINGS", "机构已当场补正，经核实问题不再存在", List.of(), false)),
				200);
		assertThat(read(view, "$.decision.reason").toString()).isEqualTo("机构已当场补正，经核实问题不再存在");
		assertThat(read(view, "$.finalOutcome.code").toString()).isEqualTo("NO_FINDINGS");
	}

	@Test
	void aRecommendedSuspensionIsNotDroppedSilently() {
		OfficialSheets.suspend(this.taskId);
		String problem = body(http(city()).put(uri(), conclusion("SUSPEND_PRACTICE", null, List.of("RECTIFY"), false)),
				422);
		assertThat(problem).contains("reason-required", "SUSPEND_PRACTICE");
		String kept = body(http(city()).put(uri(),
				conclusion("SUSPEND_PRACTICE", null, List.of("SUSPEND_PRACTICE", "RECTIFY"), false)), 200);
		assertThat(read(kept, "$.decision.actions[0].label").toString()).isEqualTo("暂停执业整改");
		assertThat(read(kept, "$.review.status").toString()).isEqualTo("PENDING");
		assertThat((Boolean) read(kept, "$.isFinal")).isFalse();
	}

	@Test
	void badRequestsAreRefusedNamingTheField() {
		OfficialSheets.rectify(this.taskId);
		assertThat(body(http(city()).put(uri(), Map.of("actions", List.of())), 400)).contains("outcome");
	}

	@Test
	void aFailingScoringServiceIs503NotAGuess() {
		StubServices.scoringDown();
		assertThat(body(http(city()).get(uri()), 503)).contains("scoring-unavailable");
	}

}
