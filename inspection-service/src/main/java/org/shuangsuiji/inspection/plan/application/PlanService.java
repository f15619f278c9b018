package org.shuangsuiji.inspection.plan.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.audit.application.AuditTrail;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanAccess;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.persistence.PlanStore;
import org.shuangsuiji.inspection.scoring.TemplateCheck;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.stereotype.Service;

/** Plans for the bureaus, and published plans for the public. */
@Service
public class PlanService {

	private final PlanStore plans;

	private final TemplateCheck templates;

	private final AuditTrail audit;

	private final MeterRegistry meters;

	private final Clock clock;

	PlanService(PlanStore plans, TemplateCheck templates, AuditTrail audit, MeterRegistry meters, Clock clock) {
		this.plans = plans;
		this.templates = templates;
		this.audit = audit;
		this.meters = meters;
		this.clock = clock;
	}

	public static Actor actor(Caller caller) {
		return new Actor(caller.userId(), caller.displayName());
	}

	public Plan create(Caller caller, PlanTerms terms) {
		PlanAccess.requireManage(caller, terms.region());
		this.templates.requireExists(terms.template());
		Plan plan = this.plans.save(Plan.draft(terms, actor(caller), this.clock.instant()));
		record(caller, "plan.created", plan, Map.of("title", terms.title()));
		this.meters.counter("inspection.plan.created").increment();
		return plan;
	}

	public Plan revise(Caller caller, PlanId id, PlanTerms terms) {
		Plan plan = load(id);
		PlanAccess.requireManage(caller, plan);
		Plan revised = plan.revise(terms);
		this.templates.requireExists(terms.template());
		Plan saved = this.plans.save(revised);
		record(caller, "plan.revised", saved, Map.of("title", terms.title()));
		return saved;
	}

	public Plan publish(Caller caller, PlanId id) {
		Plan plan = load(id);
		PlanAccess.requireManage(caller, plan);
		Plan published = plan.publish(this.clock.instant());
		this.templates.requireExists(plan.terms().template());
		Plan saved = this.plans.save(published);
		record(caller, "plan.published", saved, Map.of());
		this.meters.counter("inspection.plan.published").increment();
		return saved;
	}

	/** Moves a drawn plan on: in progress, closed, disclosed. */
	public Plan advance(Caller caller, PlanId id, PlanStatus target) {
		Plan plan = load(id);
		PlanAccess.requireManage(caller, plan);
		Plan saved = this.plans.save(plan.advanceTo(target));
		record(caller, "plan.status-changed", saved, Map.of("from", plan.status().name(), "to", target.name()));
		return saved;
	}

	public Plan get(Caller caller, PlanId id) {
		Plan plan = load(id);
		PlanAccess.requireRead(caller, plan);
		return plan;
	}

	public List<Plan> list(Caller caller, Integer year) {
		return this.plans.touching(caller.region(), year, false)
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
		return this.plans.find(id).orElseThrow(() -> notFound(id));
	}

	private void record(Caller caller, String action, Plan plan, Map<String, String> details) {
		this.audit.append(actor(caller), action, "plan", plan.id().value(), plan.terms().region().value(), details);
	}

	private static NotFoundException notFound(PlanId id) {
		return new NotFoundException("plan-not-found", "no plan " + id);
	}

}
