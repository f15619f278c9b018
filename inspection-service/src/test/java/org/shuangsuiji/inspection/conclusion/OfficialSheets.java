package org.shuangsuiji.inspection.conclusion;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.region.RegionCode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Closed 新乡 tasks put straight into the task store (the on-site steps belong to another
 * feature), and scoring-service's official sheet of a task on the stub scoring server, in
 * the shapes of scoring's sheet list, sheet and result.
 */
public final class OfficialSheets {

	/** The inspector on every fixture task's team. */
	public static final String TEAM_INSPECTOR = "in-02";

	private OfficialSheets() {
	}

	/** A task of the plan for the agency, CLOSED, visited on 2024-06-11. */
	public static InspectionTask closedTask(TaskStore store, String planId, String agencyId, String agencyRegion) {
		return task(store, planId, agencyId, agencyRegion, TaskStatus.CLOSED);
	}

	public static InspectionTask task(TaskStore store, String planId, String agencyId, String agencyRegion,
			TaskStatus status) {
		PlanId plan = new PlanId(planId);
		InspectionTask task = new InspectionTask(InspectionTask.idOf(plan, agencyId), plan, 2024,
				RegionCode.of("410700"), agencyId, "新乡示例" + agencyId + "司法鉴定所（虚构）", RegionCode.of(agencyRegion),
				List.of(new TaskMember(PersonKind.INSPECTOR, TEAM_INSPECTOR, "检查员2", "豫执000002"),
						new TaskMember(PersonKind.INSPECTOR, "in-04", "检查员4", "豫执000004")),
				new TaskSchedule(LocalDate.of(2024, 6, 11), LocalTime.of(9, 0), LocalDateTime.of(2024, 6, 10, 9, 0)),
				status, null, null);
		store.insert(task);
		return store.find(task.id()).orElseThrow();
	}

	/** 限期整改 with findings on items 3 and 7. */
	public static void rectify(String taskId) {
		stub(taskId, "RECTIFY", "限期整改", List.of(action("RECTIFY", "限期整改", "item-3", "item-7")), null);
	}

	/** 暂停执业整改: item 1 (1) found (执业场所达不到70平方). */
	public static void suspend(String taskId) {
		stub(taskId, "SUSPEND_PRACTICE", "暂停执业整改",
				List.of(action("SUSPEND_PRACTICE", "暂停执业整改", "item-1"), action("RECTIFY", "限期整改", "item-1")), null);
	}

	/** 未发现问题. */
	public static void noFindings(String taskId) {
		stub(taskId, "NO_FINDINGS", "未发现问题", List.of(), null);
	}

	/**
	 * The official sheet of the task, submitted, with the conclusion and actions; a
	 * non-null {@code provincialReview} adds the field scoring-service may send.
	 */
	@SuppressWarnings("unchecked")
	public static void stub(String taskId, String code, String label, List<Map<String, Object>> actions,
			Boolean provincialReview) {
		String sheetId = "sheet-" + taskId.replace(':', '-');
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets")).withQueryParam("inspectionId", equalTo(taskId))
				.withQueryParam("mode", equalTo("OFFICIAL"))
				.withQueryParam("status", equalTo("SUBMITTED"))
				.willReturn(okJson(StubServices.json(List.of(Map.of("id", sheetId, "inspectionId", taskId, "mode",
						"OFFICIAL", "status", "SUBMITTED", "submittedAt", "2024-06-11T08:30:00Z"))))));
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets/" + sheetId))
				.willReturn(okJson(StubServices.json(Map.of("id", sheetId, "inspectionId", taskId, "mode", "OFFICIAL",
						"status", "SUBMITTED", "submittedAt", "2024-06-11T08:30:00Z")))));
		List<Map<String, Object>> items = new ArrayList<>();
		actions.stream()
			.flatMap((a) -> ((List<Map<String, Object>>) a.get("basis")).stream())
			.map((b) -> (String) b.get("itemId"))
			.distinct()
			.forEach((itemId) -> items.add(Map.of("itemId", itemId, "number", itemId.substring(5), "finding", "A",
					"findings", 1, "found", List.of("（1）"))));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("templateId", "xinxiang-2024-checklist");
		result.put("version", 1);
		result.put("kind", "CHECKLIST");
		result.put("conclusion", Map.of("code", code, "label", label));
		result.put("items", items);
		result.put("findings",
				Map.of("found", items.size(), "notFound", 21 - items.size(), "notApplicable", 0, "unanswered", 0));
		result.put("actions", actions);
		result.put("complete", true);
		result.put("missingItems", List.of());
		if (provincialReview != null) {
			result.put("provincialReview", provincialReview);
			result.put("provincialReviewReasons", List.of("第1项（1）执业场所达不到70平方"));
		}
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets/" + sheetId + "/result"))
				.willReturn(okJson(StubServices.json(result))));
	}

	public static Map<String, Object> action(String code, String label, String... itemIds) {
		List<Map<String, Object>> basis = new ArrayList<>();
		for (String itemId : itemIds) {
			basis.add(Map.of("itemId", itemId, "ref", "（1）", "text", "…", "contents", List.of()));
		}
		return Map.of("code", code, "label", label, "basis", basis);
	}

}
