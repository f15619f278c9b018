package org.shuangsuiji.inspection.draw;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * The draw orders categories by their code (alphabetically), the order a verifier sees in
 * JSON.
 */
final class Categories {

	static final Comparator<BusinessCategory> BY_CODE = Comparator.comparing(BusinessCategory::name);

	private Categories() {
	}

	static List<BusinessCategory> sortedByCode(Collection<BusinessCategory> categories) {
		return (categories != null) ? categories.stream().distinct().sorted(BY_CODE).toList() : List.of();
	}

	static List<String> codes(List<BusinessCategory> categories) {
		return categories.stream().map(BusinessCategory::name).toList();
	}

}
