package org.shuangsuiji.inspection.draw;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The part of a plan the draw obeys, as published with it.
 *
 * @param scopeRegion the region subtree agencies come from
 * @param categories the inspected categories, sorted by code; empty means all
 * @param sampling how many agencies
 * @param team how teams are made up
 * @param weights published weights, sorted by agency id
 */
public record DrawRules(RegionCode scopeRegion, List<BusinessCategory> categories, Sampling sampling, TeamRules team,
		List<AgencyWeight> weights) {

	public DrawRules {
		categories = Categories.sortedByCode(categories);
		weights = ((weights != null) ? weights : List.<AgencyWeight>of()).stream()
			.sorted(Comparator.comparing(AgencyWeight::agencyId))
			.toList();
	}

	public static DrawRules of(PlanTerms terms) {
		return new DrawRules(terms.scope().region(), List.copyOf(terms.scope().categories()), terms.sampling(),
				terms.teamRules(), terms.weights());
	}

	/**
	 * The categories of an agency this draw inspects: all of them, or those in the plan's
	 * list.
	 */
	List<BusinessCategory> inspectedCategories(PoolAgency agency) {
		if (this.categories.isEmpty()) {
			return agency.categories();
		}
		return agency.categories().stream().filter(this.categories::contains).toList();
	}

	/**
	 * @param withReasons {@code /1} publishes each weight's free-text reason; {@code /2}
	 * only the agency and the weight (the reason stays with the plan's organiser)
	 */
	Map<String, Object> canonical(boolean withReasons) {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("scopeRegion", this.scopeRegion.value());
		tree.put("categories", Categories.codes(this.categories));
		Map<String, Object> samplingTree = new LinkedHashMap<>();
		samplingTree.put("mode", this.sampling.mode());
		if (this.sampling.value() != null) {
			samplingTree.put("value", this.sampling.value());
		}
		tree.put("sampling", samplingTree);
		tree.put("floorPercent", Sampling.FLOOR_PERCENT);
		tree.put("weights", this.weights.stream().map((w) -> {
			Map<String, Object> weight = new LinkedHashMap<>();
			weight.put("agencyId", w.agencyId());
			weight.put("weight", w.weight());
			if (withReasons) {
				weight.put("reason", w.reason());
			}
			return (Object) weight;
		}).toList());
		tree.put("inspectorsPerTeam", this.team.inspectorsPerTeam());
		tree.put("expertRequired", this.team.expertRequired());
		tree.put("excludeSameCounty", this.team.excludeSameCounty());
		tree.put("excludeInspectedLastYear", this.team.excludeInspectedLastYear());
		if (this.team.maxInspectionsPerPerson() != null) {
			tree.put("maxInspectionsPerPerson", this.team.maxInspectionsPerPerson());
		}
		return tree;
	}

}
