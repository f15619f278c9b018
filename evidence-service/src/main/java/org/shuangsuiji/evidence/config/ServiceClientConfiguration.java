package org.shuangsuiji.evidence.config;

import org.shuangsuiji.evidence.inspection.client.HttpInspectionTasks;
import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionAccessConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The client of inspection-service (ADR 0404): platform-web's client of the access
 * endpoint (HTTP service group and Resilience4j instances {@code inspection}, the
 * caller's token relayed) behind the {@code InspectionTasks} port.
 */
@Configuration(proxyBeanMethods = false)
@Import(InspectionAccessConfiguration.class)
class ServiceClientConfiguration {

	@Bean
	HttpInspectionTasks inspectionTasks(InspectionAccess inspection) {
		return new HttpInspectionTasks(inspection);
	}

}
