package org.shuangsuiji.registry.agency;

import java.util.Map;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * What the flags need to know about an agency's appraisers.
 *
 * @param active number of active appraisers
 * @param activeByCategory active appraisers per practice category
 * @param trainingShort active appraisers below 40 hours of continuing education last year
 */
public record StaffingSummary(int active, Map<BusinessCategory, Integer> activeByCategory, int trainingShort) {

	public StaffingSummary {
		activeByCategory = Map.copyOf(activeByCategory);
	}

	public static StaffingSummary none() {
		return new StaffingSummary(0, Map.of(), 0);
	}

	public int inCategory(BusinessCategory category) {
		return this.activeByCategory.getOrDefault(category, 0);
	}

}
