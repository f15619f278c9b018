package org.shuangsuiji.registry.pool;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * A member of the inspector pool (执法检查人员).
 *
 * @param id registry id
 * @param name 姓名
 * @param lawEnforcementCertNo 执法证号; {@code null} for staff without one (they may join a
 * team but do not count towards its two certified inspectors)
 * @param unit 工作单位
 * @param regionCode the region of the unit
 * @param active whether the person can be drawn
 * @param version optimistic-lock version
 */
public record Inspector(String id, String name, String lawEnforcementCertNo, String unit, RegionCode regionCode,
		boolean active, Long version) {

	/** What identifies the person across imports: the 执法证号, else name and unit. */
	public String naturalKey() {
		return PoolRules.naturalKey(this.lawEnforcementCertNo, this.name, this.unit, this.regionCode);
	}

}
