package org.shuangsuiji.inspection.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * Plans for the bureaus, and published plans for the public. Every change is checked
 * against the caller's scope and announced as a {@link PlanEvent}.
 */
public class PlanService {

	private final PlanStore plans;

	private final TemplateCheck templates;

	private final DomainEvents events;

	private final Clock clock;

	public PlanService(PlanStore plans, TemplateCheck templates, DomainEvents events, Clock clock) {
		this.plans = plans;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
	}

	public Plan create(Caller caller, PlanTerms terms) {
		PlanAccess.requireManage(caller, terms.region());
		this.templates.requireExists(terms.template());
		Plan plan = this.plans.save(Plan.draft(terms, Actor.of(caller), this.clock.instant()));
		this.events.publish(new PlanEvent.Created(Actor.of(caller), plan));
		return plan;
	}

	/**
	 * The door of every write on the plan, checked before its body: the organiser passes,
	 * others get 403 (404 for a draft they may not see). Answers the plan as read, for
	 * the write.
	 */
	public ManagedPlan requireManage(Caller caller, PlanId id) {
		Plan plan = load(id);
		PlanAccess.requireManage(caller, plan);
		return new ManagedPlan(caller, plan);
	}

	/** Revises the door's plan. */
	public Plan revise(ManagedPlan managed, PlanTerms terms) {
		Caller caller = managed.caller();
		Plan plan = managed.subject();
		Plan revised = plan.revise(terms);
		this.templates.requireExists(terms.template());
		Plan saved = this.plans.save(revised);
		this.events.publish(new PlanEvent.Revised(Actor.of(caller), saved));
		return saved;
	}

	public Plan publish(Caller caller, PlanId id) {
		Plan plan = load(id);
		PlanAccess.requireManage(caller, plan);
		Plan published = plan.publish(this.clock.instant());
		this.templates.requireExists(plan.terms().template());
		Plan saved = this.plans.save(published);
		this.events.publish(new PlanEvent.Published(Actor.of(caller), saved));
		return saved;
	}

	/** Moves the door's drawn plan on: in progress, closed, disclosed. */
	public Plan advance(ManagedPlan managed, PlanStatus target) {
		Caller caller = managed.caller();
		Plan plan = managed.subject();
		Plan saved = this.plans.save(plan.advanceTo(target));
		this.events.publish(new PlanEvent.StatusChanged(Actor.of(caller), saved, plan.status()));
		return saved;
	}

	/**
	 * A published plan whose draw record is saved becomes DRAWN. Idempotent: the draw
	 * record is the commit point and this follows from it. The plan as read for the draw
	 * moves in one conditional write; only if it changed since is it read again. Statuses
	 * never move back, so a plan read past PUBLISHED stays as it is.
	 * @return the plan as it stands after
	 */
	public Plan drawn(Plan read) {
		if (read.status() != PlanStatus.PUBLISHED) {
			return read;
		}
		return this.plans.advance(read, PlanStatus.DRAWN).orElseGet(() -> {
			Plan current = load(read.id());
			return (current.status() == PlanStatus.PUBLISHED) ? this.plans.save(current.advanceTo(PlanStatus.DRAWN))
					: current;
		});
	}

	public Plan get(Caller caller, PlanId id) {
		Plan plan = load(id);
		PlanAccess.requireRead(caller, plan);
		return plan;
	}

	public List<Plan> list(Caller caller, Integer year) {
		return this.plans.touching(caller.region(), year)
			.stream()
			.filter((plan) -> PlanAccess.canRead(caller, plan))
			.toList();
	}

	/** A published plan; drafts do not exist for the public. */
	public Plan getPublished(PlanId id) {
		return this.plans.find(id).filter((p) -> p.status().isPublished()).orElseThrow(() -> notFound(id));
	}

	public List<Plan> listPublished(RegionCode region, Integer year) {
		return this.plans.published(region, year);
	}

	public Plan load(PlanId id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	public Optional<Plan> find(PlanId id) {
		return this.plans.find(id);
	}

	private static NotFoundException notFound(PlanId id) {
		return new NotFoundException("plan-not-found", "no plan " + id);
	}

}
