package org.shuangsuiji.inspection.forms.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.FoundItem;
import org.shuangsuiji.inspection.disclosure.PublishedResult;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.disclosure.ResultWording;
import org.shuangsuiji.inspection.forms.AgencyResult;
import org.shuangsuiji.inspection.forms.ChecklistItem;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;
import org.shuangsuiji.inspection.forms.Rectification;
import org.shuangsuiji.inspection.forms.pdf.FormPrinter;
import org.shuangsuiji.inspection.forms.xlsx.PlanResultsWorkbook;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's 总结报告 (seed 000 附件2 三(三)) as a PDF and its results as .xlsx, for the organising
 * bureau: one line per inspection that has a conclusion, with its published result,
 * grade, conclusion and rectification, and the findings per checklist item.
 */
@RestController
class PlanReportController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanService plans;

	private final TaskStore tasks;

	private final ConclusionStore conclusions;

	private final PublishedResultStore published;

	private final RectificationStore rectifications;

	private final Clock clock;

	private final FormPrinter printer;

	PlanReportController(PlanService plans, TaskStore tasks, ConclusionStore conclusions,
			PublishedResultStore published, RectificationStore rectifications, Clock clock, FormPrinter printer) {
		this.plans = plans;
		this.tasks = tasks;
		this.conclusions = conclusions;
		this.published = published;
		this.rectifications = rectifications;
		this.clock = clock;
		this.printer = printer;
	}

	@GetMapping("/api/inspections/plans/{planId}/summary.pdf")
	ResponseEntity<byte[]> summary(Caller caller, @PathVariable String planId) {
		PlanSummaryReport report = report(caller, new PlanId(planId));
		return file(this.printer.summary(report), MediaType.APPLICATION_PDF, "总结报告-" + planId + ".pdf");
	}

	@GetMapping("/api/inspections/plans/{planId}/results.xlsx")
	ResponseEntity<byte[]> results(Caller caller, @PathVariable String planId) {
		PlanSummaryReport report = report(caller, new PlanId(planId));
		return file(PlanResultsWorkbook.write(report), XLSX, "检查结果-" + planId + ".xlsx");
	}

	private PlanSummaryReport report(Caller caller, PlanId planId) {
		Plan plan = this.plans.load(planId);
		PlanAccess.requireManage(caller, plan);
		Map<String, InspectionTask> byTask = this.tasks.ofPlan(planId)
			.stream()
			.collect(Collectors.toMap(InspectionTask::id, Function.identity()));
		Map<String, PublishedResult> results = this.published.find(planId, null, Integer.MAX_VALUE)
			.stream()
			.collect(Collectors.toMap(PublishedResult::taskId, Function.identity()));
		Map<String, org.shuangsuiji.inspection.rectification.Rectification> rectified = this.rectifications
			.ofPlan(planId.value())
			.stream()
			.collect(Collectors.toMap(org.shuangsuiji.inspection.rectification.Rectification::taskId,
					Function.identity()));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHINA);
		Map<String, ChecklistItem> items = new TreeMap<>(
				Comparator.comparingInt(PlanReportController::order).thenComparing(Comparator.naturalOrder()));
		List<AgencyResult> agencies = new ArrayList<>();
		for (Conclusion conclusion : this.conclusions.ofPlan(planId)) {
			InspectionTask task = byTask.get(conclusion.taskId());
			if (task == null || task.schedule() == null) {
				continue;
			}
			List<FoundItem> found = conclusion.recommendation().foundItems();
			found.forEach((item) -> items.putIfAbsent(item.itemId(),
					new ChecklistItem(item.itemId(), "第" + item.number() + "项")));
			PublishedResult result = results.get(task.id());
			agencies.add(new AgencyResult(task.agencyName(), creditCode(task, result), task.schedule().day(),
					(result != null) ? result.result()
							: ResultWording.result(conclusion.finalOutcome(), conclusion.finalActions(),
									conclusion.recommendation().findings()) + "（未公开）",
					Optional.ofNullable(conclusion.recommendation().outcome().label()),
					conclusion.isFinal() ? conclusion.finalOutcome().label() : "待省厅复核研判",
					rectification(rectified.get(task.id()), today),
					found.stream().map(FoundItem::itemId).collect(Collectors.toSet())));
		}
		agencies.sort(Comparator.comparing(AgencyResult::inspectionDate).thenComparing(AgencyResult::agencyName));
		return new PlanSummaryReport(planId.value(), plan.terms().title(), plan.terms().year(), caller.displayName(),
				ResultWording.inspectionType(plan.terms().sampling()), plan.terms().period().start(),
				plan.terms().period().end(), LocalDate.now(CHINA), List.copyOf(items.values()), agencies);
	}

	private static String creditCode(InspectionTask task, PublishedResult result) {
		if (result != null && result.creditCode() != null) {
			return result.creditCode();
		}
		FactSheet sheet = task.onSite().factSheet();
		return (sheet != null && sheet.creditCode() != null) ? sheet.creditCode() : "—";
	}

	private static Rectification rectification(org.shuangsuiji.inspection.rectification.Rectification r,
			LocalDate today) {
		if (r == null || r.items().isEmpty()) {
			return Rectification.NOT_REQUIRED;
		}
		if (r.complete()) {
			return Rectification.COMPLETED;
		}
		return r.items().stream().anyMatch((item) -> item.overdueOn(today)) ? Rectification.OVERDUE
				: Rectification.IN_PROGRESS;
	}

	/** Checklist items by their number when they have one ("12" after "9"). */
	private static int order(String itemId) {
		try {
			return Integer.parseInt(itemId.replaceAll("\\D.*$", ""));
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
