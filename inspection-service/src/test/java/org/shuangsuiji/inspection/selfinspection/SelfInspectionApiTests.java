package org.shuangsuiji.inspection.selfinspection;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 自查报告 over HTTP: drawn agencies submit once; the organiser sees late and missing ones.
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
		body(http(agency("ag-99", "410703")).post(uri, report), 403);
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

}
