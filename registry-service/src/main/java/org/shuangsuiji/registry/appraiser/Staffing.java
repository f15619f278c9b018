package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.registry.agency.StaffingSummary;

/** Sums an agency's appraisers into what its flags need. */
public final class Staffing {

	private Staffing() {
	}

	public static StaffingSummary of(Iterable<Appraiser> appraisers, LocalDate today) {
		int active = 0;
		int trainingShort = 0;
		Map<BusinessCategory, Integer> byCategory = new EnumMap<>(BusinessCategory.class);
		for (Appraiser appraiser : appraisers) {
			if (!appraiser.active()) {
				continue;
			}
			active++;
			if (appraiser.trainingShort(today)) {
				trainingShort++;
			}
			for (BusinessCategory category : appraiser.categories()) {
				byCategory.merge(category, 1, Integer::sum);
			}
		}
		return new StaffingSummary(active, byCategory, trainingShort);
	}

}
