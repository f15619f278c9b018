package org.shuangsuiji.inspection.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureApiTests extends ApiTestSupport {

	private static final Map<String, Object> XINXIANG = Map.of("organiser", "新乡市司法局");

	@Autowired
	private TaskStore tasks;

	@Autowired
	private AuditTrail audit;

	private String planId;

	@BeforeEach
	void aPublishedPlan() {
		this.planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
	}

	private String concludedAsRecommended(String agencyId, String region, boolean suspend) {
		String taskId = OfficialSheets.closedTask(this.tasks, this.planId, agencyId, region).id();
		if (suspend) {
			OfficialSheets.suspend(taskId);
		}
		else {
			OfficialSheets.rectify(taskId);
		}
		List<Map<String, String>> actions = suspend
				? List.of(Map.of("code", "SUSPEND_PRACTICE"), Map.of("code", "RECTIFY"))
				: List.of(Map.of("code", "RECTIFY"));
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion",
				Map.of("outcome", suspend ? "SUSPEND_PRACTICE" : "RECTIFY", "actions", actions)), 200);
		return taskId;
	}

	private static String publication(String taskId) {
		return "/api/inspections/tasks/" + taskId + "/publication";
	}

	private List<String> publicTaskIds(String query) {
		return read(body(http(null).get("/api/public/inspections/results" + query), 200), "$[*].taskId");
	}

	@Test
	void theOrganiserPublishesAFinalResultInThePublicitySystemsFields() {
		String taskId = concludedAsRecommended("ag-01", "410703", false);
		String published = body(http(city()).post(publication(taskId), XINXIANG), 201);
		assertThat(read(published, "$.organiser").toString()).isEqualTo("新乡市司法局");
		assertThat(read(published, "$.inspectionType").toString()).isEqualTo("定向抽查");
		assertThat(read(published, "$.inspectionDate").toString()).isEqualTo("2024-06-11");
		assertThat(read(published, "$.result").toString()).isEqualTo("发现问题已责令改正");
		assertThat(read(published, "$.outcomeLabel").toString()).isEqualTo("限期整改");
		assertThat(read(published, "$.drawRecord").toString())
			.isEqualTo("/api/public/inspections/plans/" + this.planId + "/draw");
		assertThat(published).doesNotContain("张三");
		assertThat(body(http(city()).post(publication(taskId), XINXIANG), 409)).contains("result-published");
		assertThat(body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion",
				Map.of("outcome", "RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")))), 409))
			.contains("conclusion-published");
		assertThat(this.audit.find("410700", taskId, 0, 10))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("result.published"));
	}

	@Test
	void theCreditCodeComesFromTheDrawsPoolAndARandomPlanIsADoubleRandomInspection() {
		String drawn = publishedPlan(Map.of("mode", "RATE", "value", 25), twoInspectors());
		body(http(city()).post("/api/inspections/plans/" + drawn + "/draw"), 201);
		InspectionTask task = this.tasks.ofPlan(new PlanId(drawn)).get(0);
		this.tasks
			.save(new InspectionTask(task.id(), task.planId(), task.year(), task.planRegion(), task.agencyId(),
					task.agencyName(), task.agencyRegion(), task.team(), new TaskSchedule(LocalDate.of(2024, 6, 12),
							LocalTime.of(9, 0), LocalDateTime.of(2024, 6, 11, 9, 0)),
					TaskStatus.CLOSED, null, task.version()));
		OfficialSheets.noFindings(task.id());
		body(http(city()).put("/api/inspections/tasks/" + task.id() + "/conclusion",
				Map.of("outcome", "NO_FINDINGS", "actions", List.of())), 200);
		String published = body(http(city()).post(publication(task.id()), XINXIANG), 201);
		assertThat(read(published, "$.creditCode").toString()).startsWith("52410700MJ");
		assertThat(read(published, "$.inspectionType").toString()).isEqualTo("双随机抽查");
		assertThat(read(published, "$.result").toString()).isEqualTo("未发现问题");
	}

	@Test
	void aResultUnderProvincialReviewWaitsForTheProvincesDecision() {
		String taskId = concludedAsRecommended("ag-01", "410703", true);
		assertThat(body(http(city()).post(publication(taskId), XINXIANG), 409)).contains("conclusion-not-final");
		body(http(as(Role.PROVINCE, "410000")).post("/api/inspections/reviews/" + taskId + "/decision",
				Map.of("decision", "CONFIRM")), 200);
		String published = body(http(city()).post(publication(taskId), XINXIANG), 201);
		assertThat(read(published, "$.result").toString()).isEqualTo("发现问题待后续处理");
		assertThat((List<String>) read(published, "$.actions")).containsExactly("暂停执业整改", "限期整改");
	}

	@Test
	void withoutAConclusionThereIsNothingToPublish() {
		String taskId = OfficialSheets.closedTask(this.tasks, this.planId, "ag-05", "410726").id();
		assertThat(body(http(city()).post(publication(taskId), XINXIANG), 409)).contains("conclusion-missing");
		body(http(city()).post(publication(this.planId + ":ag-77"), XINXIANG), 404);
		assertThat(body(http(city()).post(publication(taskId), Map.of("organiser", " ")), 400)).contains("organiser");
	}

	@Test
	void onlyTheOrganiserPublishes() {
		String taskId = concludedAsRecommended("ag-01", "410703", false);
		body(http(as(Role.PROVINCE, "410000")).post(publication(taskId), XINXIANG), 403);
		body(http(as(Role.CITY, "410100")).post(publication(taskId), XINXIANG), 403);
		body(http(as(Role.COUNTY, "410703")).post(publication(taskId), XINXIANG), 403);
		body(http(as(Role.INSPECTOR, "410700")).post(publication(taskId), XINXIANG), 403);
		body(http(agency("ag-01", "410703")).post(publication(taskId), XINXIANG), 403);
		body(http(null).post(publication(taskId), XINXIANG), 401);
		assertThat(publicTaskIds("?plan=" + this.planId)).doesNotContain(taskId);
	}

	@Test
	void anyoneListsOnlyPublishedResultsByPlanAndRegion() {
		String published = concludedAsRecommended("ag-01", "410703", false);
		String unpublished = concludedAsRecommended("ag-02", "410711", false);
		body(http(city()).post(publication(published), XINXIANG), 201);
		assertThat(publicTaskIds("?plan=" + this.planId)).containsExactly(published);
		assertThat(publicTaskIds("?plan=" + this.planId + "&region=410703")).containsExactly(published);
		assertThat(publicTaskIds("?plan=" + this.planId + "&region=410711")).isEmpty();
		assertThat(publicTaskIds("?region=410700")).contains(published).doesNotContain(unpublished);
		assertThat(body(http(null).get("/api/public/inspections/results?region=41x"), 400)).contains("region");
	}

}
