package org.shuangsuiji.inspection.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.inspection.plan.PlanScope;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The terms of a plan as sent to create or revise it.
 *
 * @param year 年度
 * @param title 标题
 * @param region the organising city or province
 * @param periodStart first day of on-site inspections
 * @param periodEnd last day
 * @param scope region subtree (defaults to {@code region}) and categories (none: all)
 * @param sampling {@code {"mode":"RATE","value":20}}, {@code {"mode":"COUNT","value":12}}
 * or {@code {"mode":"ALL"}}
 * @param teamRules how teams are made up
 * @param weights published weights
 * @param template scoring template version
 * @param selfInspectionDue 自查报告 due date
 * @param dossierWindowStart first day of the dossier sampling window
 * @param legalBasis 抽查工作依据
 */
public record PlanRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title,
		@NotBlank @Pattern(regexp = "\\d{6}") String region, @NotNull LocalDate periodStart,
		@NotNull LocalDate periodEnd, @Valid ScopeRequest scope, @Valid @NotNull SamplingRequest sampling,
		@Valid @NotNull TeamRulesRequest teamRules, @Valid @Size(max = 500) List<WeightRequest> weights,
		@Valid @NotNull TemplateRequest template, @NotNull LocalDate selfInspectionDue,
		@NotNull LocalDate dossierWindowStart, @NotBlank @Size(max = 4000) String legalBasis) {

	/** Region subtree and categories drawn from. */
	public record ScopeRequest(@Pattern(regexp = "\\d{6}") String region, @Size(max = 20) List<String> categories) {
	}

	/** Rate, count or all. */
	public record SamplingRequest(@NotBlank String mode, Integer value) {
	}

	/** Team rules; inspectorsPerTeam defaults to 2. */
	public record TeamRulesRequest(@Min(2) @Max(5) Integer inspectorsPerTeam, boolean expertRequired,
			boolean excludeSameCounty, boolean excludeInspectedLastYear, @Min(1) Integer maxInspectionsPerPerson) {
	}

	/** A published weight. */
	public record WeightRequest(@NotBlank String agencyId, @NotNull @Min(2) @Max(10) Integer weight,
			@NotBlank @Size(max = 200) String reason) {
	}

	/** A scoring template version held by scoring-service. */
	public record TemplateRequest(@NotBlank String templateId, @NotNull @Min(1) Integer version) {
	}

	/**
	 * The domain terms; every value the domain refuses comes back as a 400 naming its
	 * field.
	 */
	public PlanTerms toTerms() {
		List<FieldError> errors = new ArrayList<>();
		RegionCode organising = field(errors, "region", () -> RegionCode.of(this.region));
		RegionCode scopeRegion = (this.scope != null && this.scope.region() != null)
				? field(errors, "scope.region", () -> RegionCode.of(this.scope.region())) : organising;
		TreeSet<BusinessCategory> categories = new TreeSet<>();
		List<String> names = (this.scope != null && this.scope.categories() != null) ? this.scope.categories()
				: List.of();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			BusinessCategory category = field(errors, "scope.categories[" + i + "]", () -> BusinessCategory.parse(name)
				.orElseThrow(() -> new IllegalArgumentException("unknown business category " + name)));
			if (category != null) {
				categories.add(category);
			}
		}
		Sampling sampling = field(errors, "sampling", () -> Sampling.of(this.sampling.mode(), this.sampling.value()));
		TeamRules team = field(errors, "teamRules",
				() -> new TeamRules(
						(this.teamRules.inspectorsPerTeam() != null) ? this.teamRules.inspectorsPerTeam()
								: TeamRules.MIN_INSPECTORS,
						this.teamRules.expertRequired(), this.teamRules.excludeSameCounty(),
						this.teamRules.excludeInspectedLastYear(), this.teamRules.maxInspectionsPerPerson()));
		List<AgencyWeight> agencyWeights = new ArrayList<>();
		List<WeightRequest> requested = (this.weights != null) ? this.weights : List.of();
		for (int i = 0; i < requested.size(); i++) {
			WeightRequest w = requested.get(i);
			AgencyWeight weight = field(errors, "weights[" + i + "]",
					() -> new AgencyWeight(w.agencyId(), w.weight(), w.reason()));
			if (weight != null) {
				agencyWeights.add(weight);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("plan-invalid", errors);
		}
		return new PlanTerms(this.year, this.title.strip(), organising, new Period(this.periodStart, this.periodEnd),
				new PlanScope(scopeRegion, categories), sampling, team, agencyWeights,
				new TemplateRef(this.template.templateId(), this.template.version()), this.selfInspectionDue,
				this.dossierWindowStart, this.legalBasis.strip());
	}

	private static <T> T field(List<FieldError> errors, String field, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, ex.getMessage()));
			return null;
		}
	}

}
