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
		boolean active, Long version) implements PoolMember {

	/** What identifies the person across imports: the 执法证号, else name and unit. */
	@Override
	public String naturalKey() {
		return PoolRules.naturalKey(this.lawEnforcementCertNo, this.name, this.unit, this.regionCode);
	}

	@Override
	public boolean keyedByCertificate() {
		return this.lawEnforcementCertNo != null;
	}

	/** The same person under another id and version. */
	public Inspector withIdentity(String id, Long version) {
		return new Inspector(id, this.name, this.lawEnforcementCertNo, this.unit, this.regionCode, this.active,
				version);
	}

}
