package org.shuangsuiji.scoring.config;

import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionAccessConfiguration;
import org.shuangsuiji.scoring.inspection.client.HttpInspectionTasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The client of inspection-service (ADR 0404): platform-web's client of the access
 * endpoint (HTTP service group and Resilience4j instances {@code inspection}, the
 * caller's token relayed) behind the {@code inspection} feature's port.
 */
@Configuration(proxyBeanMethods = false)
@Import(InspectionAccessConfiguration.class)
class InspectionClientConfiguration {

	@Bean
	HttpInspectionTasks inspectionTasks(InspectionAccess inspection) {
		return new HttpInspectionTasks(inspection);
	}

}
