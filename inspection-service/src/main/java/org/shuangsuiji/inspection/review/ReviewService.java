package org.shuangsuiji.inspection.review;

import java.time.Clock;
import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionEvent;
import org.shuangsuiji.inspection.conclusion.ConclusionPolicy;
import org.shuangsuiji.inspection.conclusion.ConclusionService;
import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.ReviewStatus;
import org.shuangsuiji.inspection.conclusion.ReviewVerdict;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * The province's queue and decisions.
 * <ul>
 * <li>Queue: a province sees the reviews of plans in its region; a city sees those of its
 * own plans, read-only; everybody else is refused.</li>
 * <li>Decide: a province covering the plan's region, on a pending review only. An
 * amendment keeps to the same rule as the organiser's conclusion: departing from the
 * recommendation needs the note as its reason.</li>
 * </ul>
 */
public class ReviewService {

	private final ConclusionStore conclusions;

	private final DomainEvents events;

	private final Clock clock;

	public ReviewService(ConclusionStore conclusions, DomainEvents events, Clock clock) {
		this.conclusions = conclusions;
		this.events = events;
		this.clock = clock;
	}

	public List<Conclusion> queue(Caller caller, ReviewStatus status) {
		if (caller.has(Role.PROVINCE)) {
			return this.conclusions.withReview(status).stream().filter((c) -> caller.covers(c.planRegion())).toList();
		}
		if (caller.has(Role.CITY)) {
			return this.conclusions.withReview(status)
				.stream()
				.filter((c) -> caller.region().equals(c.planRegion()))
				.toList();
		}
		throw new OutOfScopeException("the review queue is the province's, and each city's for its own plans");
	}

	/**
	 * The door of a review decision, checked before its body: the province covering the
	 * plan passes, others get 403. Answers the conclusion as read, for {@link #decide}.
	 */
	public ConclusionUnderReview requireProvince(Caller caller, String taskId) {
		Conclusion conclusion = this.conclusions.find(taskId)
			.orElseThrow(() -> new NotFoundException("conclusion-not-found", "task " + taskId + " has no conclusion"));
		if (!caller.has(Role.PROVINCE) || !caller.covers(conclusion.planRegion())) {
			throw new OutOfScopeException(
					"only the province covering " + conclusion.planRegion() + " decides on the review of " + taskId);
		}
		return new ConclusionUnderReview(caller, conclusion);
	}

	/** Confirms or amends the door's conclusion. */
	public Conclusion decide(ConclusionUnderReview review, ReviewDecision decision) {
		Caller caller = review.caller();
		Conclusion conclusion = review.subject();
		Outcome outcome = conclusion.decision().outcome();
		List<Action> actions = conclusion.decision().actions();
		if (!decision.confirm()) {
			if (decision.outcome() == null) {
				throw new InvalidInputException("review-invalid", "outcome", "AMEND needs the amended outcome");
			}
			if (decision.note() == null) {
				throw new InvalidInputException("review-invalid", "note", "AMEND needs the province's note");
			}
			outcome = conclusion.recommendation().outcome().code().equals(decision.outcome().code())
					? conclusion.recommendation().outcome() : decision.outcome();
			if (decision.actions() != null) {
				actions = ConclusionService.withRecommendedDetail(conclusion.recommendation(), decision.actions());
			}
			ConclusionPolicy.check(conclusion.recommendation(), outcome, actions, decision.note());
		}
		ReviewVerdict verdict = new ReviewVerdict(decision.confirm(), outcome, actions, decision.note(),
				Actor.of(caller), this.clock.instant());
		Conclusion saved = this.conclusions.save(conclusion.reviewed(verdict));
		this.events.publish(new ConclusionEvent.Reviewed(Actor.of(caller), saved));
		return saved;
	}

}
