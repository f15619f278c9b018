package org.shuangsuiji.registry.pool;

import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * A member of the expert pool (鉴定专家).
 *
 * @param id registry id
 * @param name 姓名
 * @param specialities the categories the expert can judge
 * @param unit 工作单位
 * @param regionCode the region whose pool the expert belongs to
 * @param active whether the expert can be drawn
 * @param version optimistic-lock version
 */
public record Expert(String id, String name, Set<BusinessCategory> specialities, String unit, RegionCode regionCode,
		boolean active, Long version) implements PoolMember {

	public Expert {
		specialities = Set.copyOf(specialities);
	}

	/** Experts carry no certificate number: name, unit and region identify them. */
	@Override
	public String naturalKey() {
		return PoolRules.naturalKey(null, this.name, this.unit, this.regionCode);
	}

	/** The same person under another id and version. */
	public Expert withIdentity(String id, Long version) {
		return new Expert(id, this.name, this.specialities, this.unit, this.regionCode, this.active, version);
	}

}
