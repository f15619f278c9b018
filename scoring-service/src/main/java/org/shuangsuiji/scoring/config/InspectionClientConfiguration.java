package org.shuangsuiji.scoring.config;

import org.shuangsuiji.platform.web.client.BearerTokenRelay;
import org.shuangsuiji.scoring.inspection.client.HttpInspectionTasks;
import org.shuangsuiji.scoring.inspection.client.InspectionCalls;
import org.shuangsuiji.scoring.inspection.client.InspectionClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of inspection-service: the HTTP service group {@code inspection} (base URL
 * and timeouts from {@code spring.http.serviceclient.inspection.*}), the caller's bearer
 * token relayed so inspection-service answers for the same user, the call behind the
 * named Resilience4j instance {@code inspection}, and the adapter that implements the
 * {@code inspection} feature's port.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "inspection", types = InspectionClient.class)
class InspectionClientConfiguration {

	@Bean
	RestClientHttpServiceGroupConfigurer tokenRelayConfigurer() {
		return (groups) -> groups.forEachClient((group, builder) -> builder.requestInterceptor(new BearerTokenRelay()));
	}

	@Bean
	InspectionCalls inspectionCalls(InspectionClient client) {
		return new InspectionCalls(client);
	}

	@Bean
	HttpInspectionTasks inspectionTasks(InspectionCalls calls) {
		return new HttpInspectionTasks(calls);
	}

}
