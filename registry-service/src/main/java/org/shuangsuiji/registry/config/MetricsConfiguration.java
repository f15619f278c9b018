package org.shuangsuiji.registry.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.shuangsuiji.platform.web.event.EventMeters;
import org.shuangsuiji.registry.agency.AgencyRegistered;
import org.shuangsuiji.registry.importing.FileImported;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics the registry counts from its use cases' events: agencies registered through
 * the API, applied imports per kind.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	EventMeters registryMeters(MeterRegistry meters) {
		return new EventMeters(meters).count(AgencyRegistered.class, "registry.agency.created")
			.count(FileImported.class, "registry.import.applied", (e) -> Tags.of("kind", e.kind().path()));
	}

}
