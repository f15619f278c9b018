package org.shuangsuiji.inspection.conclusion;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.OrganisedTask;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Reading a task's recommendation and conclusion, and recording the organiser's
 * conclusion once the task is closed.
 * <ul>
 * <li>Read: the bureaus covering the agency and the task's team (whoever reads the task,
 * {@link org.shuangsuiji.inspection.task.TaskAccess}), not the agency: it learns the
 * result when it is published.</li>
 * <li>Record: the organising bureau (the task's organiser door,
 * {@link TaskService#requireOrganiser}), on a {@link TaskStatus#CLOSED} task with a
 * submitted official sheet.</li>
 * </ul>
 */
public class ConclusionService {

	private final TaskService tasks;

	private final ConclusionStore store;

	private final SheetResults sheets;

	private final DomainEvents events;

	private final Clock clock;

	public ConclusionService(TaskService tasks, ConclusionStore store, SheetResults sheets, DomainEvents events,
			Clock clock) {
		this.tasks = tasks;
		this.store = store;
		this.sheets = sheets;
		this.events = events;
		this.clock = clock;
	}

	public ConclusionReport report(Caller caller, Optional<String> personId, String taskId) {
		InspectionTask task = this.tasks.get(caller, personId, taskId);
		if (!caller.isBureau() && !caller.hasAny(Role.INSPECTOR, Role.EXPERT)) {
			throw new OutOfScopeException("an agency learns its result when it is published");
		}
		Recommendation recommendation = this.sheets.officialOf(taskId).orElse(null);
		return new ConclusionReport(task, recommendation, this.store.find(taskId).orElse(null));
	}

	/**
	 * Records the organiser's conclusion of the task that passed the organiser's door
	 * ({@link TaskService#requireOrganiser}); answers it with the recommendation it was
	 * decided on.
	 */
	public ConclusionReport record(OrganisedTask door, Proposal proposal) {
		Caller caller = door.caller();
		InspectionTask task = door.subject();
		String taskId = task.id();
		if (task.status() != TaskStatus.CLOSED) {
			throw new ConflictException("task-not-closed",
					"a conclusion is recorded once the task is CLOSED; it is " + task.status())
				.with("status", task.status().name());
		}
		Optional<Conclusion> existing = this.store.find(taskId);
		existing.ifPresent(Conclusion::requireOpen);
		Recommendation recommendation = this.sheets.officialOf(taskId)
			.orElseThrow(() -> new RuleViolationException("official-sheet-missing",
					"task " + taskId + " has no submitted official score sheet"));
		List<Action> actions = withRecommendedDetail(recommendation, proposal.actions());
		ConclusionPolicy.check(recommendation, proposal.outcome(), actions, proposal.reason());
		Outcome outcome = recommendation.outcome().code().equals(proposal.outcome().code()) ? recommendation.outcome()
				: proposal.outcome();
		Decision decision = new Decision(outcome, proposal.reason(), actions, proposal.sendToProvince(),
				Actor.of(caller), this.clock.instant());
		List<String> reasons = ReviewRule.reasons(recommendation, decision);
		ProvincialReview review = reasons.isEmpty() ? null : ProvincialReview.pending(reasons);
		Conclusion conclusion = existing.map((c) -> c.redecided(recommendation, decision, review))
			.orElseGet(() -> Conclusion.of(task, recommendation, decision, review));
		Conclusion saved = this.store.save(conclusion);
		this.events.publish(new ConclusionEvent.Recorded(Actor.of(caller), saved));
		return new ConclusionReport(task, recommendation, saved);
	}

	/**
	 * Actions the recommendation names keep its wording and the items behind them; others
	 * stay as the bureau wrote them.
	 */
	public static List<Action> withRecommendedDetail(Recommendation recommendation, List<Action> actions) {
		return actions.stream()
			.map((action) -> recommendation.actions()
				.stream()
				.filter((recommended) -> recommended.code().equals(action.code()))
				.findFirst()
				.orElse(action))
			.toList();
	}

}
