package org.shuangsuiji.inspection.conclusion;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The conclusion of one inspection: the recommendation it was decided on, the organiser's
 * decision and, where the rules ask for it, the province's review. Scope fields come from
 * the task, never from a request.
 *
 * @param taskId the task ({@code <planId>:<agencyId>})
 * @param planId the plan
 * @param planRegion the organising region
 * @param agencyId the agency
 * @param agencyName 机构名称
 * @param agencyRegion where the agency sits
 * @param recommendation what the official sheet recommended when the decision was taken
 * @param decision the organiser's decision
 * @param review the provincial review, {@code null} when none is needed
 * @param publishedAt when the result was published (一公开), else {@code null}
 * @param version the stored version
 */
public record Conclusion(String taskId, PlanId planId, RegionCode planRegion, String agencyId, String agencyName,
		RegionCode agencyRegion, Recommendation recommendation, Decision decision, ProvincialReview review,
		Instant publishedAt, Long version) {

	public static Conclusion of(InspectionTask task, Recommendation recommendation, Decision decision,
			ProvincialReview review) {
		return new Conclusion(task.id(), task.planId(), task.planRegion(), task.agencyId(), task.agencyName(),
				task.agencyRegion(), recommendation, decision, review, null, null);
	}

	/**
	 * A new decision of the organiser; refused once the province decided or it is public.
	 */
	public Conclusion redecided(Recommendation newRecommendation, Decision newDecision, ProvincialReview newReview) {
		requireOpen();
		return new Conclusion(this.taskId, this.planId, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, newRecommendation, newDecision, newReview, null, this.version);
	}

	/** The province's decision; only on a pending review. */
	public Conclusion reviewed(ReviewVerdict verdict) {
		if (!reviewPending()) {
			throw new ConflictException("review-not-pending",
					"the conclusion of " + this.taskId + " has no pending provincial review");
		}
		return new Conclusion(this.taskId, this.planId, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.recommendation, this.decision, this.review.decided(verdict), this.publishedAt,
				this.version);
	}

	public Conclusion published(Instant at) {
		if (!isFinal()) {
			throw new ConflictException("conclusion-not-final",
					"the conclusion of " + this.taskId + " is not final yet: the provincial review is pending");
		}
		return new Conclusion(this.taskId, this.planId, this.planRegion, this.agencyId, this.agencyName,
				this.agencyRegion, this.recommendation, this.decision, this.review, at, this.version);
	}

	public boolean reviewPending() {
		return this.review != null && this.review.status() == ReviewStatus.PENDING;
	}

	/**
	 * Final once decided and, where the province reviews it, once the province decided.
	 */
	public boolean isFinal() {
		return !reviewPending();
	}

	/** The outcome that stands: the province's where it decided, else the organiser's. */
	public Outcome finalOutcome() {
		return (verdict() != null) ? verdict().outcome() : this.decision.outcome();
	}

	public List<Action> finalActions() {
		return (verdict() != null) ? verdict().actions() : this.decision.actions();
	}

	private ReviewVerdict verdict() {
		return (this.review != null) ? this.review.verdict() : null;
	}

	/** Refuses (409) a change once the province decided or the result is public. */
	public void requireOpen() {
		if (this.publishedAt != null) {
			throw new ConflictException("conclusion-published",
					"the result of " + this.taskId + " is published; its conclusion cannot change");
		}
		if (this.review != null && this.review.status() == ReviewStatus.DECIDED) {
			throw new ConflictException("conclusion-reviewed",
					"the province decided on the conclusion of " + this.taskId + "; it cannot change");
		}
	}

}
