package org.shuangsuiji.inspection.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskAccess;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Rectification after an inspection: the organising bureau turns findings into items with
 * deadlines once the task is closed; the agency answers each with text and evidence; the
 * bureau accepts or returns the answer with a comment. Items past their deadline and not
 * accepted are overdue. An acceptance is written to the agency's record in
 * registry-service first (idempotent), then stored: when the registry does not take it,
 * the item stays as it was.
 */
public class RectificationService {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int MAX_ITEMS = 100;

	static final int MAX_TEXT = 2000;

	private final TaskStore tasks;

	private final PlanService plans;

	private final RectificationStore store;

	private final AgencyRecord agencyRecord;

	private final DomainEvents events;

	private final Clock clock;

	public RectificationService(TaskStore tasks, PlanService plans, RectificationStore store, AgencyRecord agencyRecord,
			DomainEvents events, Clock clock) {
		this.tasks = tasks;
		this.plans = plans;
		this.store = store;
		this.agencyRecord = agencyRecord;
		this.events = events;
		this.clock = clock;
	}

	/** Today in China, for the overdue flags. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CHINA);
	}

	public Rectification set(Caller caller, String taskId, List<NewItem> items) {
		InspectionTask task = task(taskId);
		PlanAccess.requireManage(caller, task.planRegion());
		if (task.status() != TaskStatus.CLOSED) {
			throw new ConflictException("task-not-closed",
					"rectification is set after the on-site inspection is closed; " + taskId + " is " + task.status());
		}
		validate(items);
		Rectification current = this.store.find(taskId)
			.orElseGet(() -> new Rectification(task.id(), task.planId().value(), task.agencyId(), task.agencyName(),
					task.planRegion(), List.of(), null, null));
		List<RectificationItem> added = new ArrayList<>();
		int next = current.items().size() + 1;
		for (NewItem item : items) {
			added.add(RectificationItem.open("R" + (next++), item.findingRef().strip(),
					blank(item.checklistItem()) ? null : item.checklistItem().strip(), item.description().strip(),
					item.deadline()));
		}
		Rectification saved = this.store.save(current.withAdded(added));
		this.events.publish(new RectificationEvent.ItemsSet(Actor.of(caller), saved,
				added.stream().map(RectificationItem::id).toList()));
		return saved;
	}

	public Rectification get(Caller caller, String taskId) {
		InspectionTask task = task(taskId);
		TaskAccess.require(caller, task, this.clock.instant());
		return this.store.find(taskId)
			.orElseThrow(() -> new NotFoundException("rectification-not-found",
					"no rectification was set for inspection " + taskId));
	}

	/** The agency's answer to one item. */
	public Rectification respond(Caller caller, String taskId, String itemId, String text, List<String> evidenceIds) {
		InspectionTask task = task(taskId);
		if (!caller.has(Role.AGENCY) || !task.agencyId().equals(caller.agencyId())) {
			throw new OutOfScopeException("only the inspected agency's own account answers its rectification");
		}
		List<FieldError> errors = new ArrayList<>();
		requireText("text", text, errors);
		if (evidenceIds == null || evidenceIds.size() > 50
				|| evidenceIds.stream().anyMatch(RectificationService::blank)) {
			errors.add(new FieldError("evidenceIds", "list up to 50 evidence ids (may be empty)"));
		}
		throwIfAny(errors);
		Rectification current = existing(taskId);
		Instant now = this.clock.instant();
		RectificationItem answered = current.item(itemId)
			.answered(new RectificationItem.Response(text.strip(), evidenceIds, Actor.of(caller), now));
		Rectification saved = this.store.save(current.withItem(answered, now));
		this.events.publish(new RectificationEvent.Answered(Actor.of(caller), saved, itemId));
		return saved;
	}

	/**
	 * The bureau accepts the answer or returns it with a comment. An acceptance reaches
	 * the agency's record before it is stored.
	 */
	public Rectification review(Caller caller, String taskId, String itemId, Boolean accept, String comment) {
		InspectionTask task = task(taskId);
		PlanAccess.requireManage(caller, task.planRegion());
		List<FieldError> errors = new ArrayList<>();
		if (accept == null) {
			errors.add(new FieldError("accept", "true accepts, false returns the answer"));
		}
		else if (!accept && blank(comment)) {
			errors.add(new FieldError("comment", "say why the answer is returned"));
		}
		if (comment != null && comment.length() > MAX_TEXT) {
			errors.add(new FieldError("comment", "must be at most " + MAX_TEXT + " characters"));
		}
		throwIfAny(errors);
		Rectification current = existing(taskId);
		Instant now = this.clock.instant();
		RectificationItem.Review review = new RectificationItem.Review(accept, blank(comment) ? "" : comment.strip(),
				Actor.of(caller), now);
		RectificationItem reviewed = current.item(itemId).reviewed(review);
		if (accept) {
			this.agencyRecord.accepted(AcceptedOutcome.of(current, reviewed, review));
		}
		Rectification saved = this.store.save(current.withItem(reviewed, now));
		this.events.publish(new RectificationEvent.Reviewed(Actor.of(caller), saved, itemId, accept));
		return saved;
	}

	/** The plan's rectifications, for its organiser. */
	public List<Rectification> ofPlan(Caller caller, PlanId planId) {
		PlanAccess.requireManage(caller, this.plans.load(planId));
		return this.store.ofPlan(planId.value());
	}

	private Rectification existing(String taskId) {
		return this.store.find(taskId)
			.orElseThrow(() -> new NotFoundException("rectification-not-found",
					"no rectification was set for inspection " + taskId));
	}

	private InspectionTask task(String taskId) {
		return this.tasks.find(taskId)
			.orElseThrow(() -> new NotFoundException("task-not-found", "there is no inspection " + taskId));
	}

	private static void validate(List<NewItem> items) {
		List<FieldError> errors = new ArrayList<>();
		if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
			errors.add(new FieldError("items", "set 1 to " + MAX_ITEMS + " items"));
			throwIfAny(errors);
		}
		for (int i = 0; i < items.size(); i++) {
			NewItem item = items.get(i);
			String at = "items[" + i + "].";
			if (item == null) {
				errors.add(new FieldError("items[" + i + "]", "is required"));
				continue;
			}
			requireText(at + "findingRef", item.findingRef(), errors);
			requireText(at + "description", item.description(), errors);
			if (item.deadline() == null) {
				errors.add(new FieldError(at + "deadline", "the 整改时限 is required"));
			}
		}
		throwIfAny(errors);
	}

	private static void requireText(String field, String value, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.length() > MAX_TEXT) {
			errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
		}
	}

	private static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException("rectification-invalid", errors);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
