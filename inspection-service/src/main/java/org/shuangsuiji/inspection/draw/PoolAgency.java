package org.shuangsuiji.inspection.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * An active agency of the plan's scope as the registry listed it when the draw was
 * committed.
 *
 * @param id registry id
 * @param name 机构名称
 * @param creditCode 统一社会信用代码
 * @param region where the agency sits
 * @param categories its business categories, kept sorted by code
 */
public record PoolAgency(String id, String name, String creditCode, RegionCode region,
		List<BusinessCategory> categories) {

	public PoolAgency {
		Ids.require(id, "agency id");
		name = (name != null) ? name : "";
		creditCode = (creditCode != null) ? creditCode : "";
		if (region == null) {
			throw new IllegalArgumentException("agency " + id + " has no region");
		}
		categories = Categories.sortedByCode(categories);
	}

	Map<String, Object> canonical() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("id", this.id);
		tree.put("name", this.name);
		tree.put("creditCode", this.creditCode);
		tree.put("regionCode", this.region.value());
		tree.put("categories", Categories.codes(this.categories));
		return tree;
	}

}
