package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan's 总结报告 (附件2 三、结果上报 (三)): what was planned, who was inspected with what result,
 * and which checklist items had findings. The counts are derived here from the agencies'
 * lines, so the report and the workbook cannot disagree with them.
 *
 * @param planId the plan (the document id)
 * @param title the plan's title, e.g. 2024年度新乡市司法鉴定行业“双随机、一公开”监督检查
 * @param year the plan year
 * @param organiser 检查实施机关, e.g. 新乡市司法局
 * @param inspectionType 抽查类型, e.g. 定向抽查
 * @param periodStart first day of the inspection period
 * @param periodEnd last day of the inspection period
 * @param reportDate the report's date
 * @param items the checklist, in its order
 * @param agencies one line per inspected agency, in the order to print
 */
public record PlanSummaryReport(String planId, String title, int year, String organiser, String inspectionType,
		LocalDate periodStart, LocalDate periodEnd, LocalDate reportDate, List<ChecklistItem> items,
		List<AgencyResult> agencies) {

	/** What the grade column shows for an agency whose template has no grades. */
	public static final String NO_GRADE = "—";

	public PlanSummaryReport {
		planId = Forms.requireText(planId, "planId");
		title = Forms.requireText(title, "title");
		Forms.requireYear(year);
		organiser = Forms.requireText(organiser, "organiser");
		inspectionType = Forms.requireText(inspectionType, "inspectionType");
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(periodEnd, "periodEnd");
		if (periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("period ends " + periodEnd + " before it starts " + periodStart);
		}
		Objects.requireNonNull(reportDate, "reportDate");
		items = Forms.copy(items, "items");
		agencies = Forms.copy(agencies, "agencies");
		Set<String> ids = new HashSet<>();
		for (ChecklistItem item : items) {
			if (!ids.add(item.id())) {
				throw new IllegalArgumentException("checklist item " + item.id() + " appears twice");
			}
		}
		for (AgencyResult agency : agencies) {
			for (String id : agency.findingItemIds()) {
				if (!ids.contains(id)) {
					throw new IllegalArgumentException(
							agency.agencyName() + " has a finding on item " + id + ", which is not in the checklist");
				}
			}
		}
	}

	/** Agencies per 抽查结果, in the order results first appear. */
	public Map<String, Long> countsByResult() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.agencies.forEach((agency) -> counts.merge(agency.result(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Agencies per grade, in the order grades first appear; agencies without a grade left
	 * out.
	 */
	public Map<String, Long> countsByGrade() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.agencies.forEach((agency) -> agency.grade().ifPresent((grade) -> counts.merge(grade, 1L, Long::sum)));
		return counts;
	}

	/** Agencies per rectification status, in the enum's order, zero counts left out. */
	public Map<Rectification, Long> countsByRectification() {
		Map<Rectification, Long> counts = new LinkedHashMap<>();
		for (Rectification status : Rectification.values()) {
			long count = this.agencies.stream().filter((agency) -> agency.rectification() == status).count();
			if (count > 0) {
				counts.put(status, count);
			}
		}
		return counts;
	}

	/**
	 * Every checklist item with the number of agencies that had a finding on it, in
	 * checklist order.
	 */
	public List<ItemFindings> findingsPerItem() {
		return this.items.stream()
			.map((item) -> new ItemFindings(item,
					this.agencies.stream().filter((agency) -> agency.findingItemIds().contains(item.id())).count()))
			.toList();
	}

	/**
	 * The items with at least one finding, most frequent first (checklist order among
	 * equals).
	 */
	public List<ItemFindings> itemsWithFindings() {
		return findingsPerItem().stream()
			.filter((findings) -> findings.agencies() > 0)
			.sorted(Comparator.comparingLong(ItemFindings::agencies).reversed())
			.toList();
	}

	public String period() {
		return ChineseDates.format(this.periodStart) + "至" + ChineseDates.format(this.periodEnd);
	}

}
