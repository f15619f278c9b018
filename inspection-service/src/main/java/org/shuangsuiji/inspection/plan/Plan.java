package org.shuangsuiji.inspection.plan;

import java.time.Instant;

import org.shuangsuiji.platform.problem.ConflictException;

/**
 * An annual inspection plan (抽查计划). Immutable: every change returns a new plan, so the
 * service can store it with an optimistic version check.
 *
 * @param id the plan id
 * @param terms what the bureau wrote
 * @param status where the plan is in its life
 * @param createdBy who created it
 * @param createdAt when
 * @param publishedAt when it was published, else {@code null}
 * @param version the stored version, for optimistic locking ({@code null} before the
 * first save)
 */
public record Plan(PlanId id, PlanTerms terms, PlanStatus status, Actor createdBy, Instant createdAt,
		Instant publishedAt, Long version) {

	public static Plan draft(PlanTerms terms, Actor by, Instant now) {
		return new Plan(PlanId.random(), terms, PlanStatus.DRAFT, by, now, null, null);
	}

	/** Replaces the terms; only a draft may change. */
	public Plan revise(PlanTerms newTerms) {
		requireStatus(PlanStatus.DRAFT, "revise");
		if (!newTerms.region().equals(this.terms.region())) {
			throw new ConflictException("plan-region-fixed", "the organising region of a plan cannot change");
		}
		return new Plan(this.id, newTerms, this.status, this.createdBy, this.createdAt, this.publishedAt, this.version);
	}

	/** Publishes the draft: the bureau above and the public see it from now on. */
	public Plan publish(Instant now) {
		requireStatus(PlanStatus.DRAFT, "publish");
		return new Plan(this.id, this.terms, PlanStatus.PUBLISHED, this.createdBy, this.createdAt, now, this.version);
	}

	/**
	 * Moves to the next status. {@code target} must be the status right after the current
	 * one; the transition to {@link PlanStatus#PUBLISHED} goes through
	 * {@link #publish(Instant)}.
	 */
	public Plan advanceTo(PlanStatus target) {
		if (target == PlanStatus.PUBLISHED || target == PlanStatus.DRAFT || this.status.next() != target) {
			throw new ConflictException("plan-status-conflict",
					"a plan in status " + this.status + " cannot move to " + target)
				.with("status", this.status.name());
		}
		return new Plan(this.id, this.terms, target, this.createdBy, this.createdAt, this.publishedAt, this.version);
	}

	/** The same plan at the version its store gave it. */
	public Plan stored(Long storedVersion) {
		return new Plan(this.id, this.terms, this.status, this.createdBy, this.createdAt, this.publishedAt,
				storedVersion);
	}

	public void requireStatus(PlanStatus wanted, String action) {
		if (this.status != wanted) {
			throw new ConflictException("plan-status-conflict",
					"cannot " + action + " a plan in status " + this.status + "; it must be " + wanted)
				.with("status", this.status.name());
		}
	}

}
