package org.shuangsuiji.inspection.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

/**
 * What a bureau writes into a plan (工作方案) and may change while it is a draft.
 *
 * @param year the plan year (年度)
 * @param title e.g. 2024年度新乡市司法鉴定行业"双随机、一公开"监督检查
 * @param region the organising bureau's region, a city or a province (组织实施)
 * @param period when on-site inspections take place (新乡 2024: 6月3日 to 6月底)
 * @param scope the agencies drawn from (抽查范围)
 * @param sampling how many agencies are drawn
 * @param teamRules how teams are made up
 * @param weights published weights, at most one per agency
 * @param template the scoring template version
 * @param selfInspectionDue when agencies' self-inspection reports are due (新乡: 9月底)
 * @param dossierWindowStart the first day of the dossier sampling window (新乡: 2023年1月1日)
 * @param legalBasis the legal basis text (抽查工作依据)
 */
public record PlanTerms(int year, String title, RegionCode region, Period period, PlanScope scope, Sampling sampling,
		TeamRules teamRules, List<AgencyWeight> weights, TemplateRef template, LocalDate selfInspectionDue,
		LocalDate dossierWindowStart, String legalBasis) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_LEGAL_BASIS = 4000;

	public PlanTerms {
		weights = List.copyOf((weights != null) ? weights : List.of());
		List<FieldError> errors = new ArrayList<>();
		check(errors, year >= 2000 && year <= 2100, "year", "must be between 2000 and 2100");
		check(errors, title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title",
				"must not be blank and at most " + MAX_TITLE + " characters");
		check(errors, region != null && region.level() != RegionLevel.COUNTY, "region",
				"the organising region must be a city or a province");
		check(errors, period != null && period.start() != null && period.end() != null, "period",
				"needs a start and an end");
		if (period != null && period.start() != null && period.end() != null) {
			check(errors, !period.end().isBefore(period.start()), "period.end", "must not be before period.start");
			check(errors, period.start().getYear() == year, "period.start", "must lie in the plan year " + year);
			if (dossierWindowStart != null) {
				check(errors, !dossierWindowStart.isAfter(period.start()), "dossierWindowStart",
						"must not be after period.start");
			}
		}
		check(errors, scope != null && scope.region() != null, "scope.region", "is required");
		if (scope != null && scope.region() != null && region != null) {
			check(errors, region.covers(scope.region()), "scope.region",
					"must lie inside the organising region " + region);
		}
		check(errors, sampling != null, "sampling", "is required");
		check(errors, teamRules != null, "teamRules", "is required");
		check(errors, template != null && template.templateId() != null && !template.templateId().isBlank()
				&& template.version() >= 1, "template", "needs a template id and a version of at least 1");
		check(errors, selfInspectionDue != null, "selfInspectionDue", "is required");
		check(errors, dossierWindowStart != null, "dossierWindowStart", "is required");
		check(errors, legalBasis != null && !legalBasis.isBlank() && legalBasis.length() <= MAX_LEGAL_BASIS,
				"legalBasis", "must not be blank and at most " + MAX_LEGAL_BASIS + " characters");
		Set<String> weighted = new HashSet<>();
		for (int i = 0; i < weights.size(); i++) {
			check(errors, weighted.add(weights.get(i).agencyId()), "weights[" + i + "].agencyId",
					"the agency already has a weight");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("plan-invalid", errors);
		}
	}

	private static void check(List<FieldError> errors, boolean ok, String field, String message) {
		if (!ok) {
			errors.add(new FieldError(field, message));
		}
	}

	/** The weight of an agency: its published weight, else 1. */
	public int weightOf(String agencyId) {
		return this.weights.stream()
			.filter((w) -> w.agencyId().equals(agencyId))
			.mapToInt(AgencyWeight::weight)
			.findFirst()
			.orElse(1);
	}

}
