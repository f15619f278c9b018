package org.shuangsuiji.inspection.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * An active expert (鉴定专家) of the organising region's pool.
 *
 * @param id registry person id
 * @param name 姓名
 * @param region the person's region
 * @param specialities the categories the expert may judge, kept sorted by code
 */
public record PoolExpert(String id, String name, RegionCode region, List<BusinessCategory> specialities) {

	public PoolExpert {
		Ids.require(id, "expert id");
		name = (name != null) ? name : "";
		if (region == null) {
			throw new IllegalArgumentException("expert " + id + " has no region");
		}
		specialities = Categories.sortedByCode(specialities);
	}

	/** The same expert under a pseudonym, without the name. */
	PoolExpert pseudonymous(String ref) {
		return new PoolExpert(ref, "", this.region, this.specialities);
	}

	/** As published in a {@code /2} pool, where {@link #id()} is the ref. */
	Map<String, Object> canonicalPseudonymous() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("ref", this.id);
		tree.put("regionCode", this.region.value());
		tree.put("specialities", Categories.codes(this.specialities));
		return tree;
	}

	Map<String, Object> canonical() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("id", this.id);
		tree.put("name", this.name);
		tree.put("regionCode", this.region.value());
		tree.put("specialities", Categories.codes(this.specialities));
		return tree;
	}

}
