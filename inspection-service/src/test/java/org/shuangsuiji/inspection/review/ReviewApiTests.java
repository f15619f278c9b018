package org.shuangsuiji.inspection.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewApiTests extends ApiTestSupport {

	private static final String PROVINCE = "410000";

	@Autowired
	private TaskStore tasks;

	private String planId;

	@BeforeEach
	void aPublishedPlan() {
		this.planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
	}

	/** A closed task whose sheet recommends suspension, concluded as recommended. */
	private String suspendedAndConcluded(String agencyId, String region) {
		String taskId = OfficialSheets.closedTask(this.tasks, this.planId, agencyId, region).id();
		OfficialSheets.suspend(taskId);
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion", Map.of("outcome", "SUSPEND_PRACTICE",
				"actions", List.of(Map.of("code", "SUSPEND_PRACTICE"), Map.of("code", "RECTIFY")))), 200);
		return taskId;
	}

	private String concluded(String agencyId, String region, boolean sendToProvince) {
		String taskId = OfficialSheets.closedTask(this.tasks, this.planId, agencyId, region).id();
		OfficialSheets.rectify(taskId);
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion", Map.of("outcome", "RECTIFY",
				"actions", List.of(Map.of("code", "RECTIFY")), "sendToProvince", sendToProvince)), 200);
		return taskId;
	}

	private List<String> queue(String bearer, String status) {
		return read(body(http(bearer).get("/api/inspections/reviews?status=" + status), 200), "$[*].taskId");
	}

	@Test
	void seriousAndRequestedConclusionsWaitInTheProvincesQueueWithTheCitysProposal() {
		String suspended = suspendedAndConcluded("ag-01", "410703");
		String requested = concluded("ag-02", "410711", true);
		String ordinary = concluded("ag-03", "410721", false);
		List<String> queue = queue(as(Role.PROVINCE, PROVINCE), "PENDING");
		assertThat(queue).contains(suspended, requested).doesNotContain(ordinary);
		String entries = body(http(as(Role.PROVINCE, PROVINCE)).get("/api/inspections/reviews"), 200);
		List<String> proposed = read(entries, "$[?(@.taskId == '" + suspended + "')].proposal.outcome.code");
		assertThat(proposed).containsExactly("SUSPEND_PRACTICE");
		List<String> reasons = read(entries, "$[?(@.taskId == '" + requested + "')].reasons[*]");
		assertThat(reasons).containsExactly("sent to the province by the organiser");
		assertThat(queue(city(), "PENDING")).contains(suspended, requested);
	}

	@Test
	void aResultTheSheetMarksForTheProvinceGoesThereToo() {
		String taskId = OfficialSheets.closedTask(this.tasks, this.planId, "ag-04", "410725").id();
		OfficialSheets.stub(taskId, "RECTIFY", "限期整改", List.of(OfficialSheets.action("RECTIFY", "限期整改", "item-1")),
				true);
		String view = body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion",
				Map.of("outcome", "RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")))), 200);
		assertThat(read(view, "$.review.reasons[0]").toString()).contains("第1项（1）");
		assertThat(queue(as(Role.PROVINCE, PROVINCE), "PENDING")).contains(taskId);
	}

	@Test
	void otherBureausTheTeamAndAgenciesDoNotReadTheQueue() {
		String taskId = suspendedAndConcluded("ag-01", "410703");
		assertThat(queue(as(Role.CITY, "410100"), "PENDING")).doesNotContain(taskId);
		assertThat(queue(as(Role.PROVINCE, "420000"), "PENDING")).doesNotContain(taskId);
		body(http(as(Role.COUNTY, "410703")).get("/api/inspections/reviews"), 403);
		body(http(as(Role.INSPECTOR, "410700")).get("/api/inspections/reviews"), 403);
		body(http(agency("ag-01", "410703")).get("/api/inspections/reviews"), 403);
		body(http(null).get("/api/inspections/reviews"), 401);
	}

	@Test
	void theProvincesAmendmentBecomesTheFinalConclusion() {
		String taskId = suspendedAndConcluded("ag-01", "410703");
		String decision = "/api/inspections/reviews/" + taskId + "/decision";
		assertThat(body(http(as(Role.PROVINCE, PROVINCE)).post(decision,
				Map.of("decision", "AMEND", "outcome", "RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")))), 400))
			.contains("note");
		String amended = body(http(as(Role.PROVINCE, PROVINCE)).post(decision, Map.of("decision", "AMEND", "outcome",
				"RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")), "note", "经复核，执业场所面积测量有误，实际达到要求")), 200);
		assertThat(read(amended, "$.verdict.decision").toString()).isEqualTo("AMEND");
		String conclusion = body(http(city()).get("/api/inspections/tasks/" + taskId + "/conclusion"), 200);
		assertThat((Boolean) read(conclusion, "$.isFinal")).isTrue();
		assertThat(read(conclusion, "$.finalOutcome.code").toString()).isEqualTo("RECTIFY");
		assertThat(read(conclusion, "$.review.note").toString()).contains("面积");
		assertThat(queue(as(Role.PROVINCE, PROVINCE), "PENDING")).doesNotContain(taskId);
		assertThat(queue(as(Role.PROVINCE, PROVINCE), "DECIDED")).contains(taskId);
		assertThat(body(http(as(Role.PROVINCE, PROVINCE)).post(decision, Map.of("decision", "CONFIRM")), 409))
			.contains("review-not-pending");
		assertThat(body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion",
				Map.of("outcome", "RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")))), 409))
			.contains("conclusion-reviewed");
	}

	@Test
	void aConfirmationKeepsTheCitysProposal() {
		String taskId = suspendedAndConcluded("ag-01", "410703");
		String confirmed = body(http(as(Role.PROVINCE, PROVINCE))
			.post("/api/inspections/reviews/" + taskId + "/decision", Map.of("decision", "CONFIRM")), 200);
		assertThat(read(confirmed, "$.verdict.outcome.code").toString()).isEqualTo("SUSPEND_PRACTICE");
		assertThat((List<String>) read(confirmed, "$.verdict.actions[*].code")).containsExactly("SUSPEND_PRACTICE",
				"RECTIFY");
	}

	@Test
	void onlyTheProvinceCoveringThePlanDecides() {
		String taskId = suspendedAndConcluded("ag-01", "410703");
		String decision = "/api/inspections/reviews/" + taskId + "/decision";
		Map<String, Object> confirm = Map.of("decision", "CONFIRM");
		body(http(as(Role.PROVINCE, "420000")).post(decision, confirm), 403);
		body(http(city()).post(decision, confirm), 403);
		body(http(as(Role.COUNTY, "410703")).post(decision, confirm), 403);
		body(http(as(Role.INSPECTOR, "410700")).post(decision, confirm), 403);
		body(http(agency("ag-01", "410703")).post(decision, confirm), 403);
		body(http(null).post(decision, confirm), 401);
		body(http(as(Role.PROVINCE, PROVINCE)).post("/api/inspections/reviews/" + this.planId + ":ag-77/decision",
				confirm), 404);
		body(http(as(Role.PROVINCE, PROVINCE)).post(decision, Map.of("decision", "MAYBE")), 400);
	}

	@Test
	void anotherProvinceCannotDecideEvenWithAnInvalidBody() {
		String decision = "/api/inspections/reviews/" + suspendedAndConcluded("ag-01", "410703") + "/decision";
		assertThat(body(http(as(Role.PROVINCE, "420000")).post(decision, Map.of()), 403)).contains("out-of-scope");
		assertThat(body(http(as(Role.PROVINCE, PROVINCE)).post(decision, Map.of()), 400))
			.contains("urn:shuangsuiji:problem:validation");
	}

}
