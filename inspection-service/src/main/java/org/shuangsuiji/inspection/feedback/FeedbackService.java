package org.shuangsuiji.inspection.feedback;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Filing and reading 意见反馈表. The agency files once, from the moment the team hands out the
 * form with the 事实确认单; only the organising bureau and the agency itself read it, never
 * the team it may be about.
 */
public class FeedbackService {

	/** From the 事实确认单 on: the seed hands the blank form out at the end of the visit. */
	static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.FACT_SHEET_ISSUED, TaskStatus.FACT_SHEET_SIGNED,
			TaskStatus.FACT_SHEET_REFUSED, TaskStatus.CLOSED);

	private final TaskStore tasks;

	private final PlanService plans;

	private final FeedbackStore store;

	private final DomainEvents events;

	private final Clock clock;

	public FeedbackService(TaskStore tasks, PlanService plans, FeedbackStore store, DomainEvents events, Clock clock) {
		this.tasks = tasks;
		this.plans = plans;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public Feedback file(Caller caller, String taskId, FeedbackInput input) {
		InspectionTask task = task(taskId);
		if (!caller.has(Role.AGENCY) || !task.agencyId().equals(caller.agencyId())) {
			throw new OutOfScopeException("only the inspected agency's own account files its 意见反馈表");
		}
		if (!OPEN.contains(task.status())) {
			throw new ConflictException("feedback-too-early", "the 意见反馈表 is handed out with the 事实确认单 at the end of "
					+ "the visit; inspection " + taskId + " is " + task.status());
		}
		input.validate();
		boolean opinion = input.hasOpinion();
		Feedback feedback = new Feedback(task.id(), task.agencyId(), task.agencyName(), task.planRegion(), opinion,
				opinion ? input.text().strip() : "", input.signer().strip(), Actor.of(caller), this.clock.instant());
		if (!this.store.insert(feedback)) {
			throw new ConflictException("feedback-filed", "the 意见反馈表 of inspection " + taskId + " was filed already");
		}
		this.events.publish(new FeedbackFiled(feedback));
		return feedback;
	}

	public Feedback get(Caller caller, String taskId) {
		return filed(caller, taskId).feedback();
	}

	/**
	 * The filed form with the task it answers, the task read once (the printed form also
	 * needs the task's fact sheet).
	 */
	public Filed filed(Caller caller, String taskId) {
		InspectionTask task = task(taskId);
		requireReader(caller, task.agencyId(), task.planRegion());
		Feedback feedback = this.store.find(taskId)
			.orElseThrow(() -> new NotFoundException("feedback-not-filed",
					"the agency has not filed the 意见反馈表 of inspection " + taskId));
		return new Filed(feedback, task);
	}

	/** The plan's forms, for its organiser. */
	public List<Feedback> ofPlan(Caller caller, PlanId planId) {
		PlanAccess.requireManage(caller, this.plans.load(planId));
		return this.store.ofPlan(planId);
	}

	private InspectionTask task(String taskId) {
		return this.tasks.find(taskId)
			.orElseThrow(() -> new NotFoundException("task-not-found", "there is no inspection " + taskId));
	}

	private static void requireReader(Caller caller, String agencyId, RegionCode organiser) {
		boolean ownAgency = caller.has(Role.AGENCY) && agencyId.equals(caller.agencyId());
		if (!ownAgency && !PlanAccess.canManage(caller, organiser)) {
			throw new OutOfScopeException(
					"the 意见反馈表 goes directly to the organising bureau; only it and the agency read it");
		}
	}

	/**
	 * A filed 意见反馈表 and its task; filing needs the 事实确认单 issued, so the task has one.
	 */
	public record Filed(Feedback feedback, InspectionTask task) {
	}

}
