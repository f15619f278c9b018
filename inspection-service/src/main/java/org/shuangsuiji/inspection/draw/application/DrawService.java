package org.shuangsuiji.inspection.draw.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.shuangsuiji.inspection.audit.application.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawEngine;
import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawRules;
import org.shuangsuiji.inspection.draw.DrawVerification;
import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.StaffingImpossibleException;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.draw.persistence.DrawStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.application.PlanService;
import org.shuangsuiji.inspection.plan.persistence.PlanStore;
import org.shuangsuiji.inspection.registry.RegistryPool;
import org.shuangsuiji.inspection.registry.RegistryPoolReader;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.application.TaskSync;
import org.shuangsuiji.inspection.task.persistence.TaskStore;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.stereotype.Service;

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
 * Each step writes the draw document first (one atomic write, the commit point); tasks
 * and the plan status follow from it idempotently ({@link TaskSync}, {@link DrawRepair}).
 */
@Service
public class DrawService {

	/** The seed of the check run at commit time; any fixed value would do. */
	static final String FEASIBILITY_SEED = "feasibility-check";

	private final PlanService plans;

	private final PlanStore planStore;

	private final DrawStore draws;

	private final RegistryPoolReader registry;

	private final TaskStore tasks;

	private final TaskSync taskSync;

	private final AuditTrail audit;

	private final SecureRandom random;

	private final MeterRegistry meters;

	private final Clock clock;

	DrawService(PlanService plans, PlanStore planStore, DrawStore draws, RegistryPoolReader registry, TaskStore tasks,
			TaskSync taskSync, AuditTrail audit, SecureRandom random, MeterRegistry meters, Clock clock) {
		this.plans = plans;
		this.planStore = planStore;
		this.draws = draws;
		this.registry = registry;
		this.tasks = tasks;
		this.taskSync = taskSync;
		this.audit = audit;
		this.random = random;
		this.meters = meters;
		this.clock = clock;
	}

	/** Snapshots the pools and records the commitment; no seed exists yet. */
	public DrawRecord commit(Caller caller, PlanId id) {
		Plan plan = publishedPlanFor(caller, id);
		if (this.draws.find(id).isPresent()) {
			throw new ConflictException("draw-already-committed", "the draw of plan " + id + " is already committed");
		}
		DrawInputs inputs = snapshot(plan);
		new DrawEngine(inputs).draw(FEASIBILITY_SEED);
		DrawRecord record = this.draws.save(DrawRecord.commit(inputs, PlanService.actor(caller), this.clock.instant()));
		PoolSnapshot pool = inputs.pool();
		record(caller, "draw.committed", plan,
				details("commitment", record.commitment(), "algorithm", DrawInputs.ALGORITHM, "agencies",
						pool.agencies().size(), "inspectors", pool.inspectors().size(), "experts",
						pool.experts().size(), "conflicts", pool.conflicts().size(), "priorInspections",
						pool.priorInspections().size()));
		this.meters.counter("inspection.draw.committed").increment();
		return record;
	}

	/**
	 * Seeds and draws. Without a seed value the server generates one (committing first if
	 * needed); an operator's value needs a commitment recorded before it (422 otherwise).
	 */
	public DrawRecord draw(Caller caller, PlanId id, String seedValue, String seedNote) {
		Seed operatorSeed = (seedValue != null) ? operatorSeed(seedValue, seedNote) : null;
		Plan plan = publishedPlanFor(caller, id);
		DrawRecord record = this.draws.find(id).orElse(null);
		if (record == null) {
			if (operatorSeed != null) {
				throw new RuleViolationException("draw-commitment-required",
						"an operator's seed must come after a published commitment: commit the draw first, "
								+ "publish the commitment, then enter the seed");
			}
			record = commit(caller, id);
		}
		if (record.drawn()) {
			throw new ConflictException("draw-already-done", "plan " + id + " has already been drawn");
		}
		Seed seed = (operatorSeed != null) ? operatorSeed : Seed.generate(this.random);
		DrawRecord committed = record;
		DrawRecord drawn;
		try {
			drawn = Timer.builder("inspection.draw.duration")
				.register(this.meters)
				.record(() -> committed.draw(seed, PlanService.actor(caller), this.clock.instant()));
		}
		catch (StaffingImpossibleException refused) {
			record(caller, "draw.refused", plan,
					details("seed", seed.value(), "agencyId", refused.agencyId(), "rule", refused.rule().slug()));
			throw refused;
		}
		DrawRecord saved = this.draws.save(drawn);
		finish(plan, saved);
		record(caller, "draw.drawn", plan,
				details("seed", seed.value(), "seedSource", seed.source().name(), "seedNote", seed.note(), "commitment",
						saved.commitment(), "sampleSize", saved.result().sampleSize(), "floorApplied",
						saved.result().floorApplied()));
		this.meters.counter("inspection.draw.drawn").increment();
		return saved;
	}

	/** A person replaced on an agency's team, with a reason and its own seed. */
	public DrawRecord replacePerson(Caller caller, PlanId id, String agencyId, TeamMember leaving, String reason,
			String seedValue, String seedNote) {
		Plan plan = drawnPlanFor(caller, id);
		Seed seed = seed(seedValue, seedNote);
		DrawRecord record = drawnRecord(id);
		DrawRecord saved = this.draws.save(
				record.replacePerson(agencyId, leaving, reason, seed, PlanService.actor(caller), this.clock.instant()));
		finish(plan, saved);
		PersonReplacement event = (PersonReplacement) last(saved);
		record(caller, "draw.person-replaced", plan, details("seq", event.seq(), "agencyId", agencyId, "leaving",
				leaving.kind() + ":" + leaving.personId(), "substitutes",
				event.substitutes().stream().map((m) -> m.kind() + ":" + m.personId()).collect(Collectors.joining(",")),
				"reason", reason, "seed", seed.value()));
		this.meters.counter("inspection.draw.replaced", "kind", "person").increment();
		return saved;
	}

	/** An agency withdrawn from the draw and another drawn in its place. */
	public DrawRecord replaceAgency(Caller caller, PlanId id, String agencyId, String reason, String seedValue,
			String seedNote) {
		Plan plan = drawnPlanFor(caller, id);
		Seed seed = seed(seedValue, seedNote);
		DrawRecord record = drawnRecord(id);
		DrawRecord saved = this.draws
			.save(record.replaceAgency(agencyId, reason, seed, PlanService.actor(caller), this.clock.instant()));
		finish(plan, saved);
		Replacement event = last(saved);
		record(caller, "draw.agency-replaced", plan,
				details("seq", event.seq(), "agencyId", agencyId, "substitute",
						saved.current().agencies().get(saved.current().agencies().size() - 1).agencyId(), "reason",
						reason, "seed", seed.value()));
		this.meters.counter("inspection.draw.replaced", "kind", "agency").increment();
		return saved;
	}

	/** The public draw record of a published plan. */
	public PublicDraw publicDraw(PlanId id) {
		Plan plan = this.plans.getPublished(id);
		DrawRecord record = this.draws.find(id)
			.orElseThrow(() -> new NotFoundException("draw-not-found", "plan " + id + " has no draw yet"));
		return new PublicDraw(plan, record);
	}

	public DrawVerification verify(PlanId id) {
		return publicDraw(id).record().verify();
	}

	/** A published plan and its draw record. */
	public record PublicDraw(Plan plan, DrawRecord record) {
	}

	/** Tasks and plan status from the saved record; idempotent. */
	void finish(Plan plan, DrawRecord record) {
		this.taskSync.apply(plan, record);
		Plan current = this.plans.load(plan.id());
		if (current.status() == PlanStatus.PUBLISHED) {
			this.planStore.save(current.advanceTo(PlanStatus.DRAWN));
		}
	}

	private DrawInputs snapshot(Plan plan) {
		DrawRules rules = DrawRules.of(plan.terms());
		RegistryPool pool = this.registry.read(rules.scopeRegion(), rules.categories(), plan.terms().region());
		List<String> agencyIds = pool.agencies().stream().map(PoolAgency::id).toList();
		List<PersonAgency> prior = new ArrayList<>();
		for (InspectionTask task : this.tasks.ofYear(plan.terms().year() - 1, agencyIds)) {
			task.team().forEach((m) -> prior.add(new PersonAgency(m.kind(), m.personId(), task.agencyId())));
		}
		return new DrawInputs(plan.id(), plan.terms().year(), plan.terms().region(), rules,
				new PoolSnapshot(pool.agencies(), pool.inspectors(), pool.experts(), pool.conflicts(),
						prior.stream().distinct().toList()));
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

	private Plan drawnPlanFor(Caller caller, PlanId id) {
		Plan plan = this.plans.load(id);
		PlanAccess.requireManage(caller, plan);
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

	private Seed seed(String value, String note) {
		return (value != null) ? operatorSeed(value, note) : Seed.generate(this.random);
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

	private void record(Caller caller, String action, Plan plan, Map<String, String> details) {
		Actor actor = PlanService.actor(caller);
		this.audit.append(actor, action, "draw", plan.id().value(), plan.terms().region().value(), details);
	}

	/** Pairs of name and value; null values are left out. */
	private static Map<String, String> details(Object... pairs) {
		Map<String, String> details = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				details.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
			}
		}
		return details;
	}

}
