package org.shuangsuiji.nationaldata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * How often an agency holds each business category, and how an appraiser's categories are
 * taken from the agency's. The shares are assumptions shaped like the 司法部 yearly
 * statistics (法医类 in most agencies, 法医临床 the most common; 环境损害 and 微量物证 rare), not
 * official figures.
 */
public final class CategoryMix {

	static final Map<BusinessCategory, Double> AGENCY_SHARE = new EnumMap<>(BusinessCategory.class);

	static {
		AGENCY_SHARE.put(BusinessCategory.FORENSIC_CLINICAL, 0.72);
		AGENCY_SHARE.put(BusinessCategory.FORENSIC_PATHOLOGY, 0.22);
		AGENCY_SHARE.put(BusinessCategory.FORENSIC_PSYCHIATRY, 0.10);
		AGENCY_SHARE.put(BusinessCategory.FORENSIC_BIOLOGY, 0.28);
		AGENCY_SHARE.put(BusinessCategory.FORENSIC_TOXICOLOGY, 0.12);
		AGENCY_SHARE.put(BusinessCategory.DOCUMENT, 0.33);
		AGENCY_SHARE.put(BusinessCategory.TRACE, 0.30);
		AGENCY_SHARE.put(BusinessCategory.MICRO_TRACE, 0.06);
		AGENCY_SHARE.put(BusinessCategory.AUDIO_VISUAL, 0.22);
		AGENCY_SHARE.put(BusinessCategory.ENVIRONMENTAL_DAMAGE, 0.07);
	}

	private CategoryMix() {
	}

	/** An agency's categories: each by its share, at least one. */
	public static Set<BusinessCategory> agency(SplittableRandom random) {
		Set<BusinessCategory> categories = EnumSet.noneOf(BusinessCategory.class);
		for (BusinessCategory category : BusinessCategory.values()) {
			if (random.nextDouble() < AGENCY_SHARE.get(category)) {
				categories.add(category);
			}
		}
		if (categories.isEmpty()) {
			categories.add(weighted(random, List.of(BusinessCategory.values())));
		}
		return categories;
	}

	/**
	 * An appraiser's categories, all within the agency's: one for most (70 %), two (25 %)
	 * or three (5 %) when the agency has that many.
	 */
	public static Set<BusinessCategory> appraiser(SplittableRandom random, Set<BusinessCategory> agency) {
		double roll = random.nextDouble();
		int wanted = (roll < 0.70) ? 1 : (roll < 0.95) ? 2 : 3;
		List<BusinessCategory> left = new ArrayList<>(agency);
		Set<BusinessCategory> chosen = EnumSet.noneOf(BusinessCategory.class);
		while (chosen.size() < wanted && !left.isEmpty()) {
			BusinessCategory next = weighted(random, left);
			chosen.add(next);
			left.remove(next);
		}
		return chosen;
	}

	private static BusinessCategory weighted(SplittableRandom random, List<BusinessCategory> among) {
		double total = among.stream().mapToDouble(AGENCY_SHARE::get).sum();
		double point = random.nextDouble() * total;
		for (BusinessCategory category : among) {
			point -= AGENCY_SHARE.get(category);
			if (point < 0) {
				return category;
			}
		}
		return among.get(among.size() - 1);
	}

}
