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
 */
public record PoolInspector(String id, String name, String lawEnforcementCertNo, RegionCode region) {

	public PoolInspector {
		Ids.require(id, "inspector id");
		name = (name != null) ? name : "";
		lawEnforcementCertNo = (lawEnforcementCertNo != null) ? lawEnforcementCertNo.strip() : "";
		if (region == null) {
			throw new IllegalArgumentException("inspector " + id + " has no region");
		}
	}

	/** Holds a 执法证号, so may inspect (行政处罚法 art. 42: at least two such officers). */
	public boolean certified() {
		return !this.lawEnforcementCertNo.isEmpty();
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
