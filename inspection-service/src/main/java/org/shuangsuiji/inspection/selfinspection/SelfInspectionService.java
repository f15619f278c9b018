package org.shuangsuiji.inspection.selfinspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Self-inspection reports: every agency inside a published plan's scope submits one
 * against the plan's checklist (新乡 2024: the agencies self-inspect before the on-site
 * inspection), whether drawn or not, so neither the list nor the submission tells an
 * agency whether it was drawn; one after the due date is accepted and marked late; the
 * organiser lists the reports, the late ones and the drawn agencies that have none.
 */
public class SelfInspectionService {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int MAX_TEXT = 4000;

	static final int MAX_ITEMS = 200;

	private final PlanService plans;

	private final TaskStore tasks;

	private final SelfInspectionStore store;

	private final Clock clock;

	public SelfInspectionService(PlanService plans, TaskStore tasks, SelfInspectionStore store, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.store = store;
		this.clock = clock;
	}

	public SelfInspection submit(Caller caller, PlanId planId, String summary, List<SelfInspection.Item> items,
			List<String> evidenceIds) {
		if (!caller.has(Role.AGENCY) || caller.agencyId() == null) {
			throw new OutOfScopeException("an agency's own account submits its self-inspection report");
		}
		Plan plan = this.plans.find(planId)
			.filter((p) -> asksForReport(p, caller))
			.orElseThrow(() -> new OutOfScopeException(
					"plan " + planId.value() + " asks no self-inspection report of agency " + caller.agencyId()));
		validate(summary, items, evidenceIds);
		Instant now = this.clock.instant();
		LocalDate due = plan.terms().selfInspectionDue();
		boolean late = due != null && LocalDate.ofInstant(now, CHINA).isAfter(due);
		// the name as drawn when drawn, else the agency account's own name
		String agencyName = drawn(planId).stream()
			.filter((t) -> t.agencyId().equals(caller.agencyId()))
			.map(InspectionTask::agencyName)
			.findFirst()
			.orElse(caller.displayName());
		SelfInspection report = new SelfInspection(planId.value(), caller.agencyId(), agencyName, summary.strip(),
				items, evidenceIds, Actor.of(caller), now, late);
		if (!this.store.insert(report)) {
			throw new ConflictException("self-inspection-submitted",
					"agency " + caller.agencyId() + " has submitted its report for plan " + planId.value());
		}
		return report;
	}

	/** The agency's own report. */
	public SelfInspection mine(Caller caller, PlanId planId) {
		if (!caller.has(Role.AGENCY) || caller.agencyId() == null) {
			throw new OutOfScopeException("an agency's own account reads its self-inspection report");
		}
		return this.store.find(planId.value(), caller.agencyId())
			.orElseThrow(() -> new NotFoundException("self-inspection-not-found",
					"no self-inspection report of " + caller.agencyId() + " for plan " + planId.value()));
	}

	/**
	 * The published plans whose scope holds the agency's region, newest year first, each
	 * with its due date and the agency's report state (agency accounts only).
	 */
	public List<AgencySelfInspection> plansOf(Caller caller) {
		if (!caller.has(Role.AGENCY) || caller.agencyId() == null) {
			throw new OutOfScopeException("an agency's own account lists its self-inspection reports");
		}
		Map<String, SelfInspection> reports = this.store.ofAgency(caller.agencyId())
			.stream()
			.collect(Collectors.toMap(SelfInspection::planId, (r) -> r));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHINA);
		return this.plans.list(caller, null)
			.stream()
			.filter((plan) -> asksForReport(plan, caller))
			.sorted(Comparator.comparing((Plan plan) -> plan.terms().year())
				.reversed()
				.thenComparing((plan) -> plan.terms().title()))
			.map((plan) -> AgencySelfInspection.of(plan, reports.get(plan.id().value()), today))
			.toList();
	}

	/**
	 * A published plan asks every agency of its scope region for a report. The agency's
	 * categories are not checked here (they live in registry-service): a plan limited to
	 * some categories asks the agencies of its region all the same.
	 */
	static boolean asksForReport(Plan plan, Caller caller) {
		return plan.status().isPublished() && plan.terms().selfInspectionDue() != null
				&& plan.terms().scope().region().covers(caller.region());
	}

	public SelfInspectionOverview overview(Caller caller, PlanId planId) {
		Plan plan = this.plans.load(planId);
		PlanAccess.requireManage(caller, plan);
		List<SelfInspection> reports = this.store.ofPlan(planId.value());
		Set<String> reported = reports.stream().map(SelfInspection::agencyId).collect(Collectors.toSet());
		List<SelfInspectionOverview.MissingReport> missing = drawn(planId).stream()
			.filter((task) -> !reported.contains(task.agencyId()))
			.map((task) -> new SelfInspectionOverview.MissingReport(task.agencyId(), task.agencyName()))
			.toList();
		LocalDate due = plan.terms().selfInspectionDue();
		boolean overdue = due != null && LocalDate.ofInstant(this.clock.instant(), CHINA).isAfter(due);
		return new SelfInspectionOverview(planId.value(), due, reports, missing, overdue);
	}

	private List<InspectionTask> drawn(PlanId planId) {
		return this.tasks.ofPlan(planId).stream().filter((task) -> task.status() != TaskStatus.WITHDRAWN).toList();
	}

	private static void validate(String summary, List<SelfInspection.Item> items, List<String> evidenceIds) {
		List<FieldError> errors = new ArrayList<>();
		if (summary == null || summary.isBlank()) {
			errors.add(new FieldError("summary", "is required"));
		}
		else if (summary.length() > MAX_TEXT) {
			errors.add(new FieldError("summary", "must be at most " + MAX_TEXT + " characters"));
		}
		if (items.size() > MAX_ITEMS) {
			errors.add(new FieldError("items", "at most " + MAX_ITEMS + " items"));
		}
		for (int i = 0; i < items.size(); i++) {
			SelfInspection.Item item = items.get(i);
			if (item == null || item.itemId() == null || item.itemId().isBlank()) {
				errors.add(new FieldError("items[" + i + "].itemId", "names the checklist item"));
			}
			else if (length(item.finding()) > MAX_TEXT || length(item.measures()) > MAX_TEXT) {
				errors.add(new FieldError("items[" + i + "]",
						"finding and measures are at most " + MAX_TEXT + " characters each"));
			}
		}
		if (evidenceIds.size() > 50 || evidenceIds.stream().anyMatch((id) -> id == null || id.isBlank())) {
			errors.add(new FieldError("evidenceIds", "list up to 50 evidence ids"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("self-inspection-invalid", errors);
		}
	}

	private static int length(String text) {
		return (text == null) ? 0 : text.length();
	}

}
