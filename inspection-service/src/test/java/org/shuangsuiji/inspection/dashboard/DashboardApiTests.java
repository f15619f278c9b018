package org.shuangsuiji.inspection.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection dashboard over HTTP, on data the other features wrote through their own
 * APIs (conclusions, rectifications, publications) and tasks in the task store. Its
 * regions (湖南 430000, 广东 440000) are used by no other test sharing the database.
 */
@SuppressWarnings("unchecked")
class DashboardApiTests extends ApiTestSupport {

	private static final String URI = "/api/inspections/dashboard";

	@Autowired
	private TaskStore tasks;

	@Autowired
	private NationalTallying national;

	@Autowired
	private NationalTallies tallies;

	@Autowired
	@Qualifier("nationalTallyRunner")
	private ApplicationRunner startUp;

	/** A published plan of a city (长沙 430100 …) of the year, as that city. */
	private String plan(String city, int year) {
		Map<String, Object> terms = cityPlan(city, year, year + "年度示例市司法鉴定行业“双随机、一公开”监督检查");
		String id = JsonPath.read(body(http(as(Role.CITY, city)).post("/api/inspections/plans", terms), 201), "$.id");
		body(http(as(Role.CITY, city)).post("/api/inspections/plans/" + id + "/publish"), 200);
		return id;
	}

	/**
	 * A task visited on {@code day} (notified the day before), written to the store as a
	 * draw writes it, with the mark the draw's event leaves on the national tallies.
	 */
	private String task(String planId, String city, int year, String agencyId, String agencyRegion, TaskStatus status,
			LocalDate day) {
		String id = unmarkedTask(planId, city, year, agencyId, agencyRegion, status, day);
		this.national.touch(List.of(ProvinceYear.of(RegionCode.of(agencyRegion), year)));
		return id;
	}

	/**
	 * A task in the store and nothing else: as one written before the tallies existed.
	 */
	private String unmarkedTask(String planId, String city, int year, String agencyId, String agencyRegion,
			TaskStatus status, LocalDate day) {
		PlanId plan = new PlanId(planId);
		InspectionTask task = new InspectionTask(InspectionTask.idOf(plan, agencyId), plan, year, RegionCode.of(city),
				agencyId, "示例" + agencyId + "司法鉴定所（虚构）", RegionCode.of(agencyRegion),
				List.of(new TaskMember(PersonKind.INSPECTOR, "in-02", "检查员2", "执000002")),
				new TaskSchedule(day, LocalTime.of(9, 0), day.minusDays(1).atTime(9, 0)), status, null, null);
		assertThat(this.tasks.insert(task)).isTrue();
		return task.id();
	}

	private void conclude(String city, String taskId, boolean findings) {
		if (findings) {
			OfficialSheets.rectify(taskId);
		}
		else {
			OfficialSheets.noFindings(taskId);
		}
		String outcome = findings ? "RECTIFY" : "NO_FINDINGS";
		List<Map<String, String>> actions = findings ? List.of(Map.of("code", "RECTIFY")) : List.of();
		body(http(as(Role.CITY, city)).put("/api/inspections/tasks/" + taskId + "/conclusion",
				Map.of("outcome", outcome, "actions", actions)), 200);
	}

	/**
	 * Sets the rectification items of a concluded task, has the agency answer the first
	 * and the city accept it (the registry's record of it answered as written).
	 */
	private void rectifyFirstOf(String city, String taskId, String agencyId, String agencyRegion,
			List<Map<String, String>> items) {
		StubServices.registry()
			.stubFor(put(urlPathMatching("/api/registry/agencies/[^/]+/inspection-rectifications/[^/]+/[^/]+"))
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"outcome\":\"ACCEPTED\"}")));
		String rectifications = "/api/inspections/tasks/" + taskId + "/rectifications";
		body(http(as(Role.CITY, city)).post(rectifications, Map.of("items", items)), 201);
		body(http(agency(agencyId, agencyRegion)).post(rectifications + "/R1/response",
				Map.of("text", "已补记", "evidenceIds", List.of())), 200);
		body(http(as(Role.CITY, city)).post(rectifications + "/R1/review", Map.of("accept", true)), 200);
	}

	private String dashboard(String bearer, String query, int status) {
		return body(http(bearer).get(URI + query), status);
	}

	private static Map<String, Object> row(String json, String path, String region, int year) {
		List<Map<String, Object>> rows = JsonPath.read(json, path);
		return rows.stream()
			.filter((r) -> region.equals(r.get("region")) && Integer.valueOf(year).equals(r.get("year")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + region + "/" + year + " in " + json));
	}

	@Test
	void theProvinceSeesItsCitiesPerYearAndACityItsCounties() {
		String changsha = "430100";
		String plan2024 = plan(changsha, 2024);
		String plan2025 = plan(changsha, 2025);
		LocalDate visit = LocalDate.of(2024, 6, 11);
		String h1 = task(plan2024, changsha, 2024, "ag-h1", "430102", TaskStatus.CLOSED, visit);
		String h2 = task(plan2024, changsha, 2024, "ag-h2", "430103", TaskStatus.CLOSED, visit);
		task(plan2024, changsha, 2024, "ag-h3", "430103", TaskStatus.WITHDRAWN, visit);
		// an agency of 株洲 430200 drawn by 长沙's plan: it counts where the agency is
		task(plan2024, changsha, 2024, "ag-h4", "430202", TaskStatus.SCHEDULED, LocalDate.of(2024, 6, 12));
		task(plan2025, changsha, 2025, "ag-h1", "430102", TaskStatus.SCHEDULED, LocalDate.of(2025, 6, 10));
		conclude(changsha, h1, true);
		conclude(changsha, h2, false);
		rectifyFirstOf(changsha, h1, "ag-h1", "430102",
				List.of(Map.of("findingRef", "F1", "itemId", "3", "description", "补记", "deadline", "2024-07-31"),
						Map.of("findingRef", "F2", "itemId", "7", "description", "补齐", "deadline", "2024-07-31")));
		body(http(as(Role.CITY, changsha)).post("/api/inspections/tasks/" + h1 + "/publication",
				Map.of("organiser", "长沙市司法局")), 201);

		String province = dashboard(as(Role.PROVINCE, "430000"), "?region=430000&year=2024", 200);
		assertThat((Integer) JsonPath.read(province, "$.workingDays")).isEqualTo(20);
		assertThat((List<String>) JsonPath.read(province, "$.rows[*].region")).containsExactly("430100", "430200");
		Map<String, Object> city = row(province, "$.rows", "430100", 2024);
		assertThat(city).containsEntry("plans", 1)
			.containsEntry("inspections", 2)
			.containsEntry("agenciesInspected", 2)
			.containsEntry("inspectionsClosed", 2)
			.containsEntry("conclusions", 2)
			.containsEntry("findings", 2)
			.containsEntry("findingsPerAgency", 1.0)
			.containsEntry("rectificationItems", 2)
			.containsEntry("rectificationAccepted", 1)
			.containsEntry("rectificationCompletion", 0.5)
			.containsEntry("resultsPublished", 1)
			// ag-h2's result is not public 20 working days after 2024-06-11
			.containsEntry("publicationsOverdue", 1);
		assertThat(row(province, "$.rows", "430200", 2024)).containsEntry("inspections", 1)
			.containsEntry("agenciesInspected", 1)
			.containsEntry("findings", 0)
			.containsEntry("findingsPerAgency", 0.0)
			.containsEntry("rectificationCompletion", null)
			.containsEntry("publicationsOverdue", 1);
		assertThat(row(province, "$.totals", "430000", 2024)).containsEntry("inspections", 3)
			.containsEntry("agenciesInspected", 3)
			.containsEntry("plans", 1)
			.containsEntry("publicationsOverdue", 2);

		String allYears = dashboard(as(Role.PROVINCE, "430000"), "?region=430000", 200);
		assertThat((List<Integer>) JsonPath.read(allYears, "$.totals[*].year")).containsExactly(2024, 2025);
		assertThat(row(allYears, "$.rows", "430100", 2025)).containsEntry("inspections", 1)
			.containsEntry("plans", 1)
			.containsEntry("inspectionsClosed", 0)
			.containsEntry("publicationsOverdue", 1);

		String counties = dashboard(as(Role.CITY, changsha), "?year=2024", 200);
		assertThat((String) JsonPath.read(counties, "$.region")).isEqualTo(changsha);
		assertThat((List<String>) JsonPath.read(counties, "$.rows[*].region")).containsExactly("430102", "430103");
		assertThat(row(counties, "$.rows", "430103", 2024)).containsEntry("inspections", 1)
			.containsEntry("findings", 0)
			.containsEntry("publicationsOverdue", 1);

		String county = dashboard(as(Role.COUNTY, "430102"), "?region=430102&year=2024", 200);
		assertThat((List<String>) JsonPath.read(county, "$.rows[*].region")).containsExactly("430102");
		assertThat(row(county, "$.rows", "430102", 2024)).containsEntry("rectificationCompletion", 0.5)
			.containsEntry("publicationsOverdue", 0);
	}

	@Test
	void aYearTheOfficialCalendarDoesNotHoldLeavesOverduePublicationsUnknown() {
		String guangzhou = "440100";
		String plan = plan(guangzhou, 2027);
		task(plan, guangzhou, 2027, "ag-g1", "440103", TaskStatus.SCHEDULED, LocalDate.of(2027, 6, 8));
		String json = dashboard(as(Role.PROVINCE, "440000"), "?region=440000", 200);
		assertThat(row(json, "$.rows", "440100", 2027)).containsEntry("inspections", 1)
			.containsEntry("publicationsOverdue", null);
	}

	@Test
	void onlyBureausCoveringTheRegionGetIn() {
		dashboard(null, "?region=430000", 401);
		for (String outsider : new String[] { as(Role.INSPECTOR, "430000"), as(Role.EXPERT, "430000"),
				agency("ag-h1", "430102") }) {
			dashboard(outsider, "?region=430000", 403);
			dashboard(outsider, "", 403);
		}
		// a region outside the caller's coverage, above it or beside it
		dashboard(as(Role.CITY, "430100"), "?region=430000", 403);
		dashboard(as(Role.CITY, "430100"), "?region=430200", 403);
		dashboard(as(Role.COUNTY, "430102"), "?region=430100", 403);
		dashboard(as(Role.PROVINCE, "410000"), "?region=430000", 403);
		assertThat(dashboard(as(Role.PROVINCE, "430000"), "?region=43", 400)).contains("region");
		assertThat(dashboard(as(Role.PROVINCE, "430000"), "?year=1900", 400)).contains("year");
		assertThat((String) JsonPath.read(dashboard(as(Role.PROVINCE, "430000"), "?region=430100", 200), "$.region"))
			.isEqualTo("430100");
	}

	@Test
	void theMinistrySeesTheNationByProvinceAndDrillsIntoAnyProvinceAndCity() {
		// 贵州 520000 and 云南 530000: no other test of the database uses them
		LocalDate visit = LocalDate.of(2024, 6, 11);
		task("plan-gy-2024", "520100", 2024, "ag-n1", "520102", TaskStatus.CLOSED, visit);
		task("plan-gy-2024", "520100", 2024, "ag-n2", "520302", TaskStatus.SCHEDULED, visit);
		task("plan-km-2024", "530100", 2024, "ag-n3", "530102", TaskStatus.SCHEDULED, visit);

		for (String query : new String[] { "?year=2024", "?region=000000&year=2024" }) {
			String nation = dashboard(ministry(), query, 200);
			assertThat((String) JsonPath.read(nation, "$.region")).isEqualTo("000000");
			assertThat((List<String>) JsonPath.read(nation, "$.rows[*].region")).contains("520000", "530000")
				.allMatch((region) -> region.endsWith("0000"));
			assertThat(row(nation, "$.rows", "520000", 2024)).containsEntry("plans", 1)
				.containsEntry("inspections", 2)
				.containsEntry("inspectionsClosed", 1);
			assertThat(row(nation, "$.rows", "530000", 2024)).containsEntry("inspections", 1);
			assertThat(row(nation, "$.totals", "000000", 2024)).extractingByKey("inspections")
				.satisfies((n) -> assertThat((Integer) n).isGreaterThanOrEqualTo(3));
		}

		String guizhou = dashboard(ministry(), "?region=520000&year=2024", 200);
		assertThat((List<String>) JsonPath.read(guizhou, "$.rows[*].region")).containsExactly("520100", "520300");
		String guiyang = dashboard(ministry(), "?region=520100&year=2024", 200);
		assertThat((List<String>) JsonPath.read(guiyang, "$.rows[*].region")).containsExactly("520102");
		assertThat(dashboard(ministry(), "?region=52", 400)).contains("region");
	}

	@Test
	void theNationFollowsTheConclusionRectificationAndPublicationWrittenAfterItsFirstRead() {
		// 青海 630000: no other test of the database uses it
		String xining = "630100";
		String plan = plan(xining, 2024);
		String taskId = task(plan, xining, 2024, "ag-q1", "630102", TaskStatus.CLOSED, LocalDate.of(2024, 6, 11));
		assertThat(row(dashboard(ministry(), "?year=2024", 200), "$.rows", "630000", 2024))
			.containsEntry("inspections", 1)
			.containsEntry("conclusions", 0)
			.containsEntry("rectificationItems", 0)
			.containsEntry("resultsPublished", 0)
			.containsEntry("publicationsOverdue", 1);

		conclude(xining, taskId, true);
		rectifyFirstOf(xining, taskId, "ag-q1", "630102",
				List.of(Map.of("findingRef", "F1", "itemId", "3", "description", "补记", "deadline", "2024-07-31")));
		body(http(as(Role.CITY, xining)).post("/api/inspections/tasks/" + taskId + "/publication",
				Map.of("organiser", "西宁市司法局")), 201);

		String nation = dashboard(ministry(), "", 200);
		assertThat(row(nation, "$.rows", "630000", 2024)).containsEntry("inspections", 1)
			.containsEntry("conclusions", 1)
			.containsEntry("rectificationItems", 1)
			.containsEntry("rectificationAccepted", 1)
			.containsEntry("resultsPublished", 1)
			.containsEntry("publicationsOverdue", 0);
		// the nation's province row is the province's own total, as the province sees it
		String province = dashboard(as(Role.PROVINCE, "630000"), "?region=630000&year=2024", 200);
		Map<String, Object> own = row(province, "$.totals", "630000", 2024);
		own.put("region", "630000");
		assertThat(row(nation, "$.rows", "630000", 2024)).isEqualTo(own);
	}

	@Test
	void tasksWrittenBeforeTheTalliesExistedAreCountedOnceTheStartUpMarksEveryProvince() {
		// 西藏 540000: no other test of the database uses it
		unmarkedTask("plan-ls-2023", "540100", 2023, "ag-x1", "540102", TaskStatus.SCHEDULED,
				LocalDate.of(2023, 6, 13));
		assertThat(this.national.touchAll()).isPositive();
		String nation = dashboard(ministry(), "?year=2023", 200);
		assertThat(row(nation, "$.rows", "540000", 2023)).containsEntry("inspections", 1)
			.containsEntry("plans", 1)
			.containsEntry("agenciesInspected", 1);
	}

	@Test
	void theStartUpStepRecountsEveryProvinceItMarksSoNoNationalReadWaitsForIt() throws Exception {
		// 宁夏 640000: no other test of the database uses it
		unmarkedTask("plan-yc-2022", "640100", 2022, "ag-y1", "640104", TaskStatus.SCHEDULED, LocalDate.of(2022, 9, 6));
		this.startUp.run(new DefaultApplicationArguments());
		assertThat(this.tallies.stale(null)).as("nothing left for a read to recount").isEmpty();
		assertThat(this.tallies.all(2022)).anySatisfy((tally) -> {
			assertThat(tally.cell()).isEqualTo(new ProvinceYear(RegionCode.of("640000"), 2022));
			assertThat(tally.inspections()).isEqualTo(1L);
		});
		String nation = dashboard(ministry(), "?year=2022", 200);
		assertThat(row(nation, "$.rows", "640000", 2022)).containsEntry("inspections", 1)
			.containsEntry("agenciesInspected", 1);
	}

	@Test
	void noBureauReadsTheNationAndNoOneElseReadsAsTheMinistry() {
		dashboard(as(Role.PROVINCE, "520000"), "?region=000000", 403);
		dashboard(as(Role.CITY, "520100"), "?region=000000", 403);
		dashboard(as(Role.PROVINCE, "520000"), "?region=530000", 403);
		for (String outsider : new String[] { as(Role.INSPECTOR, "520000"), as(Role.EXPERT, "520000"),
				agency("ag-n1", "520102") }) {
			dashboard(outsider, "?region=000000", 403);
		}
		// the ministry role with a region, or beside a bureau role, reads nothing
		dashboard(TestJwts.as(Role.MINISTRY).region("520000").subject("ministry-x").bearer(), "?region=520000", 401);
		dashboard(TestJwts.as(Role.MINISTRY, Role.PROVINCE).region("000000").subject("ministry-y").bearer(), "", 401);
		dashboard(TestJwts.as(Role.MINISTRY, Role.PROVINCE).region("520000").subject("ministry-z").bearer(),
				"?region=520000", 401);
	}

	@Test
	void theMinistryIsRefusedByTheDoorsThatChangeOrReadRecords() {
		body(http(ministry()).post("/api/inspections/plans", cityPlan("520100", 2024, "部里不能建计划")), 403);
		body(http(ministry()).get("/api/inspections/plans?year=2024"), 403);
		body(http(ministry()).get("/api/inspections/tasks?year=2024"), 403);
		// the audit trail scopes by the caller's region alone: the ministry is no caller
		assertThat(body(http(ministry()).get("/api/inspections/audit"), 403)).contains("ministry");
	}

	@Test
	void theSupervisorComesFromTheTokenAndIsNoDocumentedParameter() {
		String doc = body(http(ministry()).get("/v3/api-docs"), 200);
		List<String> parameters = JsonPath.read(doc, "$.paths['/api/inspections/dashboard'].get.parameters[*].name");
		assertThat(parameters).containsExactlyInAnyOrder("region", "year");
		assertThat((Map<String, Object>) JsonPath.read(doc, "$.components.schemas")).doesNotContainKey("Supervisor");
	}

	private static String ministry() {
		return TestJwts.as(Role.MINISTRY).region("000000").subject("ministry").name("司法部公共法律服务管理局").bearer();
	}

}
