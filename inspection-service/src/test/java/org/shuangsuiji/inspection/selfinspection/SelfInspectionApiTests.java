package org.shuangsuiji.inspection.selfinspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 自查报告 over HTTP: the agencies of a plan's scope submit once; the organiser sees late and
 * missing ones; an agency lists the plans asking it for a report.
 */
@SuppressWarnings("unchecked")
class SelfInspectionApiTests extends ApiTestSupport {

	@Autowired
	private TaskStore tasks;

	@Test
	void aDrawnAgencySubmitsOnceLateAfterTheDueDateAndTheOrganiserSeesWhoIsMissing() {
		String planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		OfficialSheets.task(this.tasks, planId, "ag-01", "410703", TaskStatus.SCHEDULED);
		OfficialSheets.task(this.tasks, planId, "ag-02", "410703", TaskStatus.SCHEDULED);
		String uri = "/api/inspections/plans/" + planId + "/self-inspections";
		Map<String, Object> report = Map.of("summary", "对照检查表逐项自查", "items",
				List.of(Map.of("itemId", "7", "finding", "材料移交时间漏记", "measures", "已补记并培训")), "evidenceIds", List.of());
		String own = agency("ag-01", "410703");

		body(http(own).post(uri, Map.of("summary", " ")), 400);
		// an agency outside the plan's scope is not asked for a report
		body(http(agency("ag-99", "420703")).post(uri, report), 403);
		body(http(city()).post(uri, report), 403);
		String submitted = body(http(own).post(uri, report), 201);
		// the 新乡 plan's reports were due on 2024-09-30; today is later
		assertThat((Boolean) read(submitted, "$.late")).isTrue();
		body(http(own).post(uri, report), 409);
		body(http(own).get(uri + "/mine"), 200);
		body(http(agency("ag-02", "410703")).get(uri + "/mine"), 404);

		String overview = body(http(city()).get(uri), 200);
		assertThat((List<String>) read(overview, "$.reports[*].agencyId")).containsExactly("ag-01");
		assertThat((List<String>) read(overview, "$.missing[*].agencyId")).containsExactly("ag-02");
		assertThat((Boolean) read(overview, "$.overdue")).isTrue();
		for (String outsider : new String[] { own, as(Role.COUNTY, "410703"), as(Role.CITY, "420700"),
				as(Role.INSPECTOR, "410700") }) {
			body(http(outsider).get(uri), 403);
		}
		body(http(null).get(uri), 401);
	}

	/** A published plan of a city of 广西 (450000, used by no other test) for the year. */
	private String planOf(String city, int year, boolean publish) {
		Map<String, Object> terms = cityPlan(city, year, year + "年度" + city + "司法鉴定机构双随机抽查");
		String id = read(body(http(as(Role.CITY, city)).post("/api/inspections/plans", terms), 201), "$.id");
		if (publish) {
			body(http(as(Role.CITY, city)).post("/api/inspections/plans/" + id + "/publish"), 200);
		}
		return id;
	}

	@Test
	void anAgencyListsEveryPublishedPlanOfItsRegionAskingForAReportWithoutLearningWhetherItWasDrawn() {
		String past = planOf("450100", 2024, true);
		String coming = planOf("450100", 2027, true);
		planOf("450100", 2026, false);
		String elsewhere = planOf("450200", 2027, true);
		// ag-n1 is drawn in the coming plan; its notice time lies ahead
		PlanId comingId = new PlanId(coming);
		this.tasks.insert(new InspectionTask(InspectionTask.idOf(comingId, "ag-n1"), comingId, 2027,
				RegionCode.of("450100"), "ag-n1", "南宁示例司法鉴定所（虚构）", RegionCode.of("450102"),
				List.of(new TaskMember(PersonKind.INSPECTOR, "in-02", "检查员2", "执000002")),
				new TaskSchedule(LocalDate.of(2027, 6, 8), LocalTime.of(9, 0), LocalDateTime.of(2027, 6, 7, 9, 0)),
				TaskStatus.SCHEDULED, null, null));
		String drawnAgency = agency("ag-n1", "450102");
		String otherAgency = agency("ag-n2", "450103");
		String mine = "/api/inspections/self-inspections/mine";

		String drawnList = body(http(drawnAgency).get(mine), 200);
		assertThat((List<String>) read(drawnList, "$[*].planId")).containsExactly(coming, past);
		assertThat((List<String>) read(drawnList, "$[*].state")).containsExactly("OPEN", "MISSING");
		assertThat((List<String>) read(drawnList, "$[*].due")).containsExactly("2027-09-30", "2024-09-30");
		// what the plan publishes and the agency's own report, nothing of the draw or the
		// visit
		assertThat((Map<String, Object>) read(drawnList, "$[0]")).containsOnlyKeys("planId", "year", "title",
				"organiser", "due", "state", "submittedAt");
		String otherList = body(http(otherAgency).get(mine), 200);
		assertThat(otherList).isEqualTo(drawnList);
		assertThat((List<String>) read(body(http(agency("ag-n9", "450203")).get(mine), 200), "$[*].planId"))
			.containsExactly(elsewhere);

		// an agency of the scope reports whether drawn or not
		Map<String, Object> report = Map.of("summary", "对照检查表逐项自查", "items", List.of(), "evidenceIds", List.of());
		String submitted = body(
				http(otherAgency).post("/api/inspections/plans/" + coming + "/self-inspections", report), 201);
		assertThat((Boolean) read(submitted, "$.late")).isFalse();
		body(http(drawnAgency).post("/api/inspections/plans/" + past + "/self-inspections", report), 201);
		assertThat((List<String>) read(body(http(otherAgency).get(mine), 200), "$[*].state"))
			.containsExactly("SUBMITTED", "MISSING");
		assertThat((List<String>) read(body(http(drawnAgency).get(mine), 200), "$[*].state")).containsExactly("OPEN",
				"LATE");
		body(http(agency("ag-n9", "450203")).post("/api/inspections/plans/" + coming + "/self-inspections", report),
				403);

		for (String outsider : new String[] { as(Role.CITY, "450100"), as(Role.PROVINCE, "450000"),
				as(Role.COUNTY, "450102"), as(Role.INSPECTOR, "450100"), as(Role.EXPERT, "450100") }) {
			body(http(outsider).get(mine), 403);
		}
		body(http(null).get(mine), 401);
	}

}
