package org.shuangsuiji.registry.config;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.*}: settings of the registry.
 *
 * @param zone the time zone that decides "today" for expiry flags
 * @param premisesMinimumArea minimum premises area in m² per region code (the most
 * specific covering region wins)
 * @param premisesDefaultMinimumArea minimum where no region is configured
 * @param demoData whether to load the fictional demo data at startup (local profile)
 */
@ConfigurationProperties("registry")
public record RegistryProperties(String zone, Map<String, BigDecimal> premisesMinimumArea,
		BigDecimal premisesDefaultMinimumArea, boolean demoData) {

	public RegistryProperties {
		zone = (zone == null || zone.isBlank()) ? "Asia/Shanghai" : zone;
		premisesMinimumArea = (premisesMinimumArea != null) ? Map.copyOf(premisesMinimumArea) : Map.of();
		premisesDefaultMinimumArea = (premisesDefaultMinimumArea != null) ? premisesDefaultMinimumArea
				: new BigDecimal("70");
	}

}
