package org.shuangsuiji.platform.web.inspection;

import org.shuangsuiji.platform.web.client.BearerTokenRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of inspection-service's access endpoint, for a service to {@code @Import} in
 * its {@code config/}: the HTTP service group {@code inspection} (base URL and timeouts
 * from {@code spring.http.serviceclient.inspection.*}), the call behind the named
 * Resilience4j instances {@code inspection}, and the caller's bearer token relayed on the
 * service's HTTP service groups, so every other service answers for the same user.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "inspection", types = InspectionAccessClient.class)
public class InspectionAccessConfiguration {

	@Bean
	RestClientHttpServiceGroupConfigurer bearerTokenRelayConfigurer() {
		return (groups) -> groups.forEachClient((group, builder) -> builder.requestInterceptor(new BearerTokenRelay()));
	}

	@Bean
	InspectionAccessCalls inspectionAccessCalls(InspectionAccessClient client) {
		return new InspectionAccessCalls(client);
	}

	@Bean
	InspectionAccess inspectionAccess(InspectionAccessCalls calls) {
		return new InspectionAccess(calls);
	}

}
