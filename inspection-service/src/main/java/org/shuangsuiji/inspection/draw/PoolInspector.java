package org.shuangsuiji.inspection.draw;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * An active inspector (执法检查人员) of the organising region's pool.
 *
 * @param id registry person id
 * @param name 姓名
 * @param lawEnforcementCertNo 执法证号; blank if the person holds none (then never drawn)
 * @param region the person's region (for the same-county option)
 * @param certified holds a 执法证号; in a pseudonymous pool (ADR 0405) the only trace of it
 */
public record PoolInspector(String id, String name, String lawEnforcementCertNo, RegionCode region, boolean certified) {

	/** An inspector as the registry lists it: certified when the 执法证号 is not blank. */
	public PoolInspector(String id, String name, String lawEnforcementCertNo, RegionCode region) {
		this(id, name, lawEnforcementCertNo, region, lawEnforcementCertNo != null && !lawEnforcementCertNo.isBlank());
	}

	public PoolInspector {
		Ids.require(id, "inspector id");
		name = (name != null) ? name : "";
		lawEnforcementCertNo = (lawEnforcementCertNo != null) ? lawEnforcementCertNo.strip() : "";
		if (region == null) {
			throw new IllegalArgumentException("inspector " + id + " has no region");
		}
	}

	/**
	 * The same inspector under a pseudonym: no name, no 执法证号, only whether it holds one.
	 */
	PoolInspector pseudonymous(String ref) {
		return new PoolInspector(ref, "", "", this.region, this.certified);
	}

	/** As published in a {@code /2} pool, where {@link #id()} is the ref. */
	Map<String, Object> canonicalPseudonymous() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("ref", this.id);
		tree.put("certified", this.certified);
		tree.put("regionCode", this.region.value());
		return tree;
	}

	Map<String, Object> canonical() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("id", this.id);
		tree.put("name", this.name);
		tree.put("lawEnforcementCertNo", this.lawEnforcementCertNo);
		tree.put("regionCode", this.region.value());
		return tree;
	}

}
