package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * The minimum premises area per region: the most specific configured region covering the
 * agency wins (新乡 410700: 70 m², 鄂州 420700: 100 m²), else the default.
 */
public record PremisesThresholds(BigDecimal defaultMinimum, Map<RegionCode, BigDecimal> byRegion) {

	public PremisesThresholds {
		byRegion = Map.copyOf(byRegion);
	}

	public BigDecimal minimumFor(RegionCode region) {
		return this.byRegion.entrySet()
			.stream()
			.filter((e) -> e.getKey().covers(region))
			.max(Comparator.comparingInt((Map.Entry<RegionCode, BigDecimal> e) -> e.getKey().prefix().length()))
			.map(Map.Entry::getValue)
			.orElse(this.defaultMinimum);
	}

}
