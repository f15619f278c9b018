package org.shuangsuiji.inspection.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * A plan as shown. {@code createdBy} is left out of the public view.
 */
public record PlanResponse(String id, int year, String title, String region, LocalDate periodStart, LocalDate periodEnd,
		Scope scope, SamplingView sampling, TeamRules teamRules, List<WeightView> weights, TemplateView template,
		LocalDate selfInspectionDue, LocalDate dossierWindowStart, String legalBasis, String status, String createdBy,
		Instant createdAt, Instant publishedAt) {

	public static PlanResponse of(Plan plan) {
		return of(plan, plan.createdBy().name());
	}

	public static PlanResponse publicView(Plan plan) {
		return of(plan, null);
	}

	private static PlanResponse of(Plan plan, String createdBy) {
		PlanTerms terms = plan.terms();
		return new PlanResponse(plan.id().value(), terms.year(), terms.title(), terms.region().value(),
				terms.period().start(), terms.period().end(),
				new Scope(terms.scope().region().value(),
						terms.scope().categories().stream().map(Category::of).toList()),
				new SamplingView(terms.sampling().mode(), terms.sampling().value()), terms.teamRules(),
				terms.weights().stream().map((w) -> new WeightView(w.agencyId(), w.weight(), w.reason())).toList(),
				new TemplateView(terms.template().templateId(), terms.template().version()), terms.selfInspectionDue(),
				terms.dossierWindowStart(), terms.legalBasis(), plan.status().name(), createdBy, plan.createdAt(),
				plan.publishedAt());
	}

	/** Region subtree and categories; no categories means all. */
	public record Scope(String region, List<Category> categories) {
	}

	/** A business category with its Chinese name. */
	public record Category(String code, String name) {

		static Category of(BusinessCategory category) {
			return new Category(category.name(), category.chineseName());
		}

	}

	/** Rate, count or all. */
	public record SamplingView(String mode, Integer value) {
	}

	/** A published weight. */
	public record WeightView(String agencyId, int weight, String reason) {
	}

	/** A scoring template version. */
	public record TemplateView(String templateId, int version) {
	}

}
