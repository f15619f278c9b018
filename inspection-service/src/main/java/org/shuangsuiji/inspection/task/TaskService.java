package org.shuangsuiji.inspection.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Reading tasks by relation (ADR 0404), the access answer other services ask for, and
 * scheduling (the plan's organiser only).
 */
public class TaskService {

	private static final int LIMIT = 1000;

	private final TaskStore tasks;

	private final PlanService plans;

	private final DomainEvents events;

	private final Clock clock;

	public TaskService(TaskStore tasks, PlanService plans, DomainEvents events, Clock clock) {
		this.tasks = tasks;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A task the caller may read; 404 otherwise (a task's existence is not disclosed).
	 */
	public TaskView view(Caller caller, String id) {
		Instant now = this.clock.instant();
		InspectionTask task = load(id);
		return TaskAccess.relationOf(caller, task, now)
			.map((relation) -> TaskView.of(task, relation, now))
			.orElseThrow(() -> new NotFoundException("task-not-found", "no task " + id));
	}

	/**
	 * A task the caller may read, 404 otherwise. {@code personId} is not used: the
	 * caller's own {@link Caller#person()} decides (ADR 0404); the parameter stays for
	 * the features that still pass the token's claim.
	 */
	public InspectionTask get(Caller caller, Optional<String> personId, String id) {
		return view(caller, id).task();
	}

	/**
	 * The tasks the caller may read; {@code personId} is not used (see
	 * {@link #get(Caller, Optional, String)}).
	 */
	public List<InspectionTask> list(Caller caller, Optional<String> personId, PlanId planId, Integer year) {
		return views(caller, planId, year).stream().map(TaskView::task).toList();
	}

	/**
	 * The caller's relation and rights on a task, for scoring-service and
	 * evidence-service (ADR 0404): 404 when there is no such task, 403 when the caller
	 * may not see it.
	 */
	public Access access(Caller caller, String id) {
		TaskView view = require(caller, id);
		return new Access(view, this.plans.load(view.task().planId()).terms().template());
	}

	/**
	 * The caller's view of a task it acts on: 404 when there is no such task, 403 when
	 * the caller may not see it (a write names the task, so its existence is no secret to
	 * hide behind a 404).
	 */
	public TaskView require(Caller caller, String id) {
		Instant now = this.clock.instant();
		InspectionTask task = load(id);
		return TaskView.of(task, TaskAccess.require(caller, task, now), now);
	}

	/** The tasks the caller may read, optionally of one plan or one year. */
	public List<TaskView> views(Caller caller, PlanId planId, Integer year) {
		Stream<InspectionTask> candidates;
		if (planId != null) {
			candidates = this.tasks.ofPlan(planId).stream();
		}
		else if (caller.has(Role.AGENCY) && caller.agencyId() != null && !caller.isBureau()) {
			candidates = this.tasks.ofAgency(caller.agencyId()).stream();
		}
		else if (caller.isBureau()) {
			candidates = this.tasks.inRegion(caller.region(), year, LIMIT).stream();
		}
		else if (caller.personId() != null) {
			candidates = this.tasks.withMember(caller.personId(), year, LIMIT).stream();
		}
		else {
			candidates = Stream.empty();
		}
		Instant now = this.clock.instant();
		return candidates.filter((task) -> year == null || task.year() == year)
			.flatMap((task) -> TaskAccess.relationOf(caller, task, now).map((r) -> TaskView.of(task, r, now)).stream())
			.sorted(Comparator.comparing((TaskView view) -> view.task().id()))
			.toList();
	}

	/**
	 * The door of the organiser's writes on a task, checked before their body: the bureau
	 * that manages the task's plan passes, others get 403. Answers the task and its plan
	 * as read, for the write.
	 */
	public OrganisedTask requireOrganiser(Caller caller, String id) {
		InspectionTask task = load(id);
		Plan plan = this.plans.load(task.planId());
		PlanAccess.requireManage(caller, plan);
		return new OrganisedTask(caller, task, plan);
	}

	/**
	 * Sets the day of the visit and when the agency is told; 422 for a weekend, a day
	 * outside the plan period, or a notification earlier than 24 hours before the start.
	 */
	public InspectionTask schedule(OrganisedTask organised, LocalDate day, LocalTime start, LocalDateTime notifyAt) {
		Caller caller = organised.caller();
		InspectionTask task = organised.subject();
		Plan plan = organised.plan();
		if (plan.status() != PlanStatus.DRAWN && plan.status() != PlanStatus.IN_PROGRESS) {
			throw new ConflictException("plan-status-conflict",
					"tasks are scheduled while the plan is drawn or in progress; it is " + plan.status())
				.with("status", plan.status().name());
		}
		TaskSchedule schedule = TaskSchedule.of(day, start, notifyAt, plan.terms().period());
		InspectionTask saved = this.tasks.save(task.scheduled(schedule));
		this.events.publish(new TaskEvent.Scheduled(Actor.of(caller), plan, saved, schedule));
		return saved;
	}

	private InspectionTask load(String id) {
		return this.tasks.find(id).orElseThrow(() -> new NotFoundException("task-not-found", "no task " + id));
	}

	/**
	 * The access answer: the caller's view of the task and the plan's scoring template.
	 */
	public record Access(TaskView view, TemplateRef template) {
	}

}
