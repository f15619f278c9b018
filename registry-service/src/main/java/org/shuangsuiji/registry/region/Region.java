package org.shuangsuiji.registry.region;

import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

/**
 * One administrative division of GB/T 2260 (行政区划): a province, a city or a county-level
 * unit (县, 县级市, 区).
 */
public record Region(RegionCode code, String name) {

	public Region {
		if (code == null) {
			throw new IllegalArgumentException("a region needs a code");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("region " + code + " needs a name");
		}
	}

	public RegionLevel level() {
		return this.code.level();
	}

	public Optional<RegionCode> parent() {
		return this.code.parent();
	}

}
