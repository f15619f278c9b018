package org.shuangsuiji.evidence.config;

import org.shuangsuiji.evidence.inspection.client.HttpInspectionTasks;
import org.shuangsuiji.evidence.inspection.client.InspectionCalls;
import org.shuangsuiji.evidence.inspection.client.InspectionClient;
import org.shuangsuiji.platform.web.client.BearerTokenRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of inspection-service (ADR 0404): the HTTP service group {@code inspection}
 * (base URL and timeouts from {@code spring.http.serviceclient.inspection.*}), the
 * caller's bearer token relayed so inspection-service decides the caller's rights, the
 * calls behind the named Resilience4j instances, and the adapter of the
 * {@code InspectionTasks} port.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "inspection", types = InspectionClient.class)
class ServiceClientConfiguration {

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
