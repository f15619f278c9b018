package org.shuangsuiji.platform.web.inspection;

import org.shuangsuiji.platform.web.client.ServiceClientsConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The client of inspection-service's access endpoint, for a service to {@code @Import} in
 * its {@code config/}: the HTTP service group {@code inspection} (base URL and timeouts
 * from {@code spring.http.serviceclient.inspection.*}), its requests behind the named
 * Resilience4j instances {@code inspection} and the caller's bearer token relayed on the
 * service's HTTP service groups (both from {@link ServiceClientsConfiguration}), so every
 * other service answers for the same user.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "inspection", types = InspectionAccessClient.class)
@Import(ServiceClientsConfiguration.class)
public class InspectionAccessConfiguration {

	@Bean
	InspectionAccess inspectionAccess(InspectionAccessClient client) {
		return new InspectionAccess(client);
	}

}
