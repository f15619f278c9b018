package org.shuangsuiji.inspection.draw;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.ManagedPlan;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * The draw of a published plan, in two steps that may be one request:
 * <ol>
 * <li>commit: read the pools from registry-service (any failure: 503, nothing written),
 * add last year's visits from this service's tasks, check the rules can staff every
 * agency, record the snapshot and its SHA-256 commitment;</li>
 * <li>draw: record the seed (an operator's value, only after a recorded commitment, or
 * one the server generates after it), draw, create the tasks, move the plan to
 * DRAWN.</li>
 * </ol>
 * Each step writes the draw record first (one atomic write, the commit point); tasks and
 * the plan status follow from it idempotently ({@link DrawTasks}, {@link DrawRepair}).
 * Each step is announced as a {@link DrawEvent}.
 */
public class DrawService {

	/** The seed of the check run at commit time; any fixed value would do. */
	static final String FEASIBILITY_SEED = "feasibility-check";

	private final PlanService plans;

	private final DrawStore draws;

	private final RegistryPoolReader registry;

	private final DrawTasks tasks;

	private final DomainEvents events;

	private final SecureRandom random;

	private final Clock clock;

	public DrawService(PlanService plans, DrawStore draws, RegistryPoolReader registry, DrawTasks tasks,
			DomainEvents events, SecureRandom random, Clock clock) {
		this.plans = plans;
		this.draws = draws;
		this.registry = registry;
		this.tasks = tasks;
		this.events = events;
		this.random = random;
		this.clock = clock;
	}

	/**
	 * Snapshots the pools, draws the secret and the privacy salt, records the commitment
	 * of a {@code /2} draw; no seed exists yet.
	 */
	public PublicDraw commit(Caller caller, PlanId id) {
		Plan plan = publishedPlanFor(caller, id);
		return new PublicDraw(plan, commit(caller, plan));
	}

	private DrawRecord commit(Caller caller, Plan plan) {
		PlanId id = plan.id();
		if (this.draws.find(id).isPresent()) {
			throw new ConflictException("draw-already-committed", "the draw of plan " + id + " is already committed");
		}
		DrawInputs registryInputs = snapshot(plan);
		DrawSecret secret = DrawSecret.generate(this.random);
		DrawInputs inputs = DrawInputs.v2(plan.id(), registryInputs.year(), registryInputs.region(),
				registryInputs.rules(), registryInputs.pool(), secret.hash(),
				Pseudonyms.derive(this.random, registryInputs.pool()));
		new DrawEngine(inputs).draw(FEASIBILITY_SEED);
		DrawRecord record = this.draws.save(DrawRecord.commit(inputs, secret, Actor.of(caller), this.clock.instant()));
		this.events.publish(new DrawEvent.Committed(Actor.of(caller), plan, record));
		return record;
	}

	/**
	 * Seeds and draws. Without a seed value the server generates one (committing first if
	 * needed); an operator's value needs a commitment recorded before it (422 otherwise).
	 * Answers the record with the plan as it stands after.
	 */
	public PublicDraw draw(Caller caller, PlanId id, String seedValue, String seedNote) {
		Seed operatorSeed = (seedValue != null) ? operatorSeed(seedValue, seedNote) : null;
		Plan plan = publishedPlanFor(caller, id);
		DrawRecord record = this.draws.find(id).orElse(null);
		if (record == null) {
			if (operatorSeed != null) {
				throw new RuleViolationException("draw-commitment-required",
						"an operator's seed must come after a published commitment: commit the draw first, "
								+ "publish the commitment, then enter the seed");
			}
			record = commit(caller, plan);
		}
		if (record.drawn()) {
			throw new ConflictException("draw-already-done", "plan " + id + " has already been drawn");
		}
		Seed seed = (operatorSeed != null) ? operatorSeed : Seed.generate(this.random);
		long start = System.nanoTime();
		DrawRecord drawn;
		try {
			drawn = record.draw(seed, Actor.of(caller), this.clock.instant());
		}
		catch (StaffingImpossibleException refused) {
			this.events.publish(new DrawEvent.Refused(Actor.of(caller), plan, seed, refused.agencyId(), refused.rule(),
					since(start)));
			throw refused;
		}
		Duration took = since(start);
		DrawRecord saved = this.draws.save(drawn);
		Plan after = finish(plan, saved);
		this.events.publish(new DrawEvent.Drawn(Actor.of(caller), plan, saved, took));
		return new PublicDraw(after, saved);
	}

	/**
	 * A person replaced on an agency's team, with a reason. Nobody chooses its chance: in
	 * {@code /2} it comes from the draw key; a {@code /1} record gets a server-generated
	 * seed, as that algorithm requires one per event.
	 */
	public DrawRecord replacePerson(ManagedPlan managed, String agencyId, TeamMember leaving, String reason) {
		Caller caller = managed.caller();
		Plan plan = drawn(managed.subject());
		DrawRecord record = drawnRecord(plan.id());
		Seed seed = eventSeed(record);
		DrawRecord saved = this.draws
			.save(record.replacePerson(agencyId, leaving, reason, seed, Actor.of(caller), this.clock.instant()));
		finish(plan, saved);
		this.events
			.publish(new DrawEvent.PersonReplaced(Actor.of(caller), plan, saved, (PersonReplacement) last(saved)));
		return saved;
	}

	/**
	 * An agency withdrawn from the draw and another drawn in its place (seeds as above).
	 */
	public DrawRecord replaceAgency(ManagedPlan managed, String agencyId, String reason) {
		Caller caller = managed.caller();
		Plan plan = drawn(managed.subject());
		DrawRecord record = drawnRecord(plan.id());
		Seed seed = eventSeed(record);
		DrawRecord saved = this.draws
			.save(record.replaceAgency(agencyId, reason, seed, Actor.of(caller), this.clock.instant()));
		finish(plan, saved);
		this.events
			.publish(new DrawEvent.AgencyReplaced(Actor.of(caller), plan, saved, (AgencyReplacement) last(saved)));
		return saved;
	}

	/** The public draw record of a published plan. */
	public PublicDraw publicDraw(PlanId id) {
		Plan plan = this.plans.getPublished(id);
		DrawRecord record = this.draws.find(id)
			.orElseThrow(() -> new NotFoundException("draw-not-found", "plan " + id + " has no draw yet"));
		return new PublicDraw(plan, record);
	}

	/** The draw record of a plan, for its organising bureau only (403 otherwise). */
	public PublicDraw organiserDraw(Caller caller, PlanId id) {
		Plan plan = this.plans.load(id);
		PlanAccess.requireManage(caller, plan);
		DrawRecord record = this.draws.find(id)
			.orElseThrow(() -> new NotFoundException("draw-not-found", "plan " + id + " has no draw yet"));
		return new PublicDraw(plan, record);
	}

	/**
	 * Who the refs of a draw are (ADR 0405): everything for the organising bureau of the
	 * plan's region; a drawn inspector or expert their own entry; anyone else 403.
	 */
	public DrawIdentities identities(Caller caller, PlanId id) {
		Plan plan = this.plans.load(id);
		DrawRecord record = this.draws.find(id)
			.orElseThrow(() -> new NotFoundException("draw-not-found", "plan " + id + " has no draw yet"));
		if (PlanAccess.canManage(caller, plan.terms().region())) {
			return DrawIdentities.all(record);
		}
		PersonKind kind = caller.has(Role.INSPECTOR) ? PersonKind.INSPECTOR
				: caller.has(Role.EXPERT) ? PersonKind.EXPERT : null;
		if (kind != null && caller.person().isPresent()) {
			TeamMember self = new TeamMember(kind, caller.person().get());
			if (DrawIdentities.wasDrawn(record, self)) {
				return DrawIdentities.own(record, self);
			}
		}
		throw new OutOfScopeException("draw-identities-out-of-scope",
				"who the draw's refs are is shown to the organising bureau of " + plan.terms().region()
						+ " and to each drawn team member for their own entry");
	}

	public DrawVerification verify(PlanId id) {
		return publicDraw(id).record().verify();
	}

	/** A published plan and its draw record. */
	public record PublicDraw(Plan plan, DrawRecord record) {
	}

	/**
	 * Tasks and plan status from the saved record; idempotent. {@code plan} is the plan
	 * as read before the record was saved; answers it as it stands after.
	 */
	Plan finish(Plan plan, DrawRecord record) {
		this.tasks.sync(plan, record);
		return this.plans.drawn(plan);
	}

	private DrawInputs snapshot(Plan plan) {
		DrawRules rules = DrawRules.of(plan.terms());
		RegistryPool pool = this.registry.read(rules.scopeRegion(), rules.categories(), plan.terms().region());
		List<String> agencyIds = pool.agencies().stream().map(PoolAgency::id).toList();
		List<PersonAgency> prior = this.tasks.visits(plan.terms().year() - 1, agencyIds);
		return new DrawInputs(plan.id(), plan.terms().year(), plan.terms().region(), rules,
				new PoolSnapshot(pool.agencies(), pool.inspectors(), pool.experts(), pool.conflicts(), prior));
	}

	private Plan publishedPlanFor(Caller caller, PlanId id) {
		Plan plan = this.plans.load(id);
		PlanAccess.requireManage(caller, plan);
		if (plan.status() != PlanStatus.PUBLISHED) {
			throw new ConflictException(
					(plan.status() == PlanStatus.DRAFT) ? "plan-status-conflict" : "draw-already-done",
					"a plan is drawn once, after it is published; this one is " + plan.status())
				.with("status", plan.status().name());
		}
		return plan;
	}

	/** The plan its door read, if replacements may be made in it now (409 otherwise). */
	private static Plan drawn(Plan plan) {
		if (plan.status() != PlanStatus.DRAWN && plan.status() != PlanStatus.IN_PROGRESS) {
			throw new ConflictException("plan-status-conflict",
					"replacements are made while the plan is drawn or in progress; it is " + plan.status())
				.with("status", plan.status().name());
		}
		return plan;
	}

	private DrawRecord drawnRecord(PlanId id) {
		return this.draws.find(id)
			.filter(DrawRecord::drawn)
			.orElseThrow(() -> new ConflictException("draw-not-done", "plan " + id + " has not been drawn"));
	}

	private Seed eventSeed(DrawRecord record) {
		return (record.algorithm() == DrawAlgorithm.V1) ? Seed.generate(this.random) : null;
	}

	private static Seed operatorSeed(String value, String note) {
		try {
			return new Seed(value.strip(), SeedSource.OPERATOR, note);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("seed-invalid", "seed", ex.getMessage());
		}
	}

	private static Replacement last(DrawRecord record) {
		return record.replacements().get(record.replacements().size() - 1);
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
