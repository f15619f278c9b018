package org.shuangsuiji.inspection.plan;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Which agencies a plan draws from: those in a region subtree that practise at least one
 * of the categories. No categories means every category (新乡 2024: 全市司法鉴定机构).
 */
public record PlanScope(RegionCode region, SortedSet<BusinessCategory> categories) {

	public PlanScope {
		categories = Collections.unmodifiableSortedSet(new TreeSet<>((categories != null) ? categories : Set.of()));
	}

	public static PlanScope allCategories(RegionCode region) {
		return new PlanScope(region, new TreeSet<>());
	}

	public boolean allCategoriesInScope() {
		return this.categories.isEmpty();
	}

	/** The categories of an agency that this plan inspects, in enum order. */
	public SortedSet<BusinessCategory> inspectedCategories(Set<BusinessCategory> agencyCategories) {
		SortedSet<BusinessCategory> result = new TreeSet<>(agencyCategories);
		if (!allCategoriesInScope()) {
			result.retainAll(this.categories);
		}
		return result;
	}

}
