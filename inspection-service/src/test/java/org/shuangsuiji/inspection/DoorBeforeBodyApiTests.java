package org.shuangsuiji.inspection;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.TestHttp.Multipart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write checks who may act before it reads the body (issue #12): a caller the door
 * refuses gets 403 even for an invalid body, and the one it admits still learns the
 * body's faults (400 {@code validation}).
 */
class DoorBeforeBodyApiTests extends ApiTestSupport {

	private static final Map<String, Object> INVALID = Map.of();

	/** 安阳: a city bureau that does not organise the 新乡 plan. */
	private static final String OTHER_CITY = "410500";

	private String planId;

	private String taskId;

	private List<String> team;

	private String stranger;

	private String agencyId;

	private String agencyRegion;

	@BeforeEach
	void aDrawnAndScheduledTask() {
		this.planId = publishedPlan(Map.of("mode", "RATE", "value", 25), twoInspectors());
		body(http(city()).post("/api/inspections/plans/" + this.planId + "/draw"), 201);
		List<Map<String, Object>> tasks = read(
				body(http(city()).get("/api/inspections/tasks?planId=" + this.planId), 200), "$");
		Map<String, Object> task = tasks.get(0);
		this.taskId = (String) task.get("id");
		this.team = teamOf(task);
		this.stranger = strangerTo(this.team, tasks);
		this.agencyId = (String) task.get("agencyId");
		this.agencyRegion = (String) task.get("agencyRegion");
		body(http(city()).put(task("/schedule"), Map.of("day", "2024-06-11", "notifyAt", "2024-06-10T09:00")), 200);
	}

	private String task(String step) {
		return "/api/inspections/tasks/" + this.taskId + step;
	}

	private String plan(String step) {
		return "/api/inspections/plans/" + this.planId + step;
	}

	private static void refused(String reply) {
		assertThat(reply).contains("out-of-scope");
	}

	private static void invalid(String reply) {
		assertThat(reply).contains("urn:shuangsuiji:problem:validation");
	}

	@Test
	void anotherCityCannotCreateAPlanForXinxiangEvenWithAnInvalidBody() {
		refused(body(http(as(Role.CITY, OTHER_CITY)).post("/api/inspections/plans", Map.of("region", "410700")), 403));
		body(http(as(Role.COUNTY, "410721")).post("/api/inspections/plans", INVALID), 403);
		invalid(body(http(city()).post("/api/inspections/plans", Map.of("region", "410700")), 400));
		invalid(body(http(as(Role.CITY, OTHER_CITY)).post("/api/inspections/plans", INVALID), 400));
	}

	@Test
	void anotherCityCannotReviseOrAdvanceThePlanEvenWithAnInvalidBody() {
		refused(body(http(as(Role.CITY, OTHER_CITY)).put(plan(""), INVALID), 403));
		refused(body(http(as(Role.CITY, OTHER_CITY)).put(plan("/status"), INVALID), 403));
		body(http(as(Role.COUNTY, "410721")).put(plan(""), INVALID), 403);
		invalid(body(http(city()).put(plan(""), INVALID), 400));
		invalid(body(http(city()).put(plan("/status"), INVALID), 400));
	}

	@Test
	void theProvinceAboveCannotReplaceOnTheCitysDrawEvenWithAnInvalidBody() {
		refused(body(http(as(Role.PROVINCE, "410000")).post(plan("/draw/replacements"), INVALID), 403));
		invalid(body(http(city()).post(plan("/draw/replacements"), INVALID), 400));
	}

	@Test
	void anotherCityCannotScheduleConcludeOrPublishTheTaskEvenWithAnInvalidBody() {
		String otherCity = as(Role.CITY, OTHER_CITY);
		refused(body(http(otherCity).put(task("/schedule"), INVALID), 403));
		refused(body(http(otherCity).put(task("/conclusion"), INVALID), 403));
		refused(body(http(otherCity).post(task("/publication"), INVALID), 403));
		invalid(body(http(city()).put(task("/schedule"), INVALID), 400));
		invalid(body(http(city()).put(task("/conclusion"), INVALID), 400));
		invalid(body(http(city()).post(task("/publication"), INVALID), 400));
	}

	@Test
	void anInspectorOfAnotherTeamCannotTakeTheTeamsStepsEvenWithAnInvalidBody() {
		String stranger = inspector(this.stranger);
		String member = inspector(this.team.get(0));
		for (String step : List.of("/findings-discussed", "/fact-sheet", "/fact-sheet/refusal")) {
			refused(body(http(stranger).post(task(step), INVALID), 403));
			invalid(body(http(member).post(task(step), INVALID), 400));
		}
		String review = task("/dossier/files/2024-001/review");
		refused(body(http(stranger).put(review, INVALID), 403));
		invalid(body(http(member).put(review, INVALID), 400));
	}

	@Test
	void anInspectorOfAnotherTeamCannotImportARegisterEvenWithoutAFile() {
		Multipart noFile = new Multipart().field("note", "no file");
		String register = task("/dossier/registers/commission");
		refused(body(http(inspector(this.stranger)).upload(register, noFile), 403));
		assertThat(body(http(inspector(this.team.get(0))).upload(register, noFile), 400)).contains("file-missing");
	}

	@Test
	void anotherAgencyCannotConfirmTheFactSheetEvenWithAnInvalidBody() {
		refused(body(http(agency("ag-other", this.agencyRegion)).post(task("/fact-sheet/confirmation"), INVALID), 403));
		invalid(body(http(agency(this.agencyId, this.agencyRegion)).post(task("/fact-sheet/confirmation"), INVALID),
				400));
	}

}
