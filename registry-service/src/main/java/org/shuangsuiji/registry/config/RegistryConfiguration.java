package org.shuangsuiji.registry.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.AgencyFlags;
import org.shuangsuiji.registry.agency.PremisesThresholds;
import org.shuangsuiji.registry.region.RegionTree;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java domain pieces the services share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
public class RegistryConfiguration {

	@Bean
	Clock registryClock(RegistryProperties properties) {
		return Clock.system(ZoneId.of(properties.zone()));
	}

	@Bean
	RegionTree regionTree() {
		return RegionTree.shipped();
	}

	@Bean
	AgencyFlags agencyFlags(RegistryProperties properties) {
		Map<RegionCode, java.math.BigDecimal> byRegion = new LinkedHashMap<>();
		properties.premisesMinimumArea().forEach((code, area) -> byRegion.put(RegionCode.of(code), area));
		return new AgencyFlags(new PremisesThresholds(properties.premisesDefaultMinimumArea(), byRegion));
	}

}
