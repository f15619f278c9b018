package org.shuangsuiji.registry.config;

import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionAccessConfiguration;
import org.shuangsuiji.registry.inspection.client.HttpInspectionTasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * inspection-service's access endpoint (platform-web's client, the caller's token
 * relayed), asked before a rectification outcome is recorded.
 */
@Configuration(proxyBeanMethods = false)
@Import(InspectionAccessConfiguration.class)
class InspectionClientConfiguration {

	@Bean
	HttpInspectionTasks inspectionTasks(InspectionAccess inspection) {
		return new HttpInspectionTasks(inspection);
	}

}
