package org.shuangsuiji.inspection.config;

import java.security.SecureRandom;
import java.time.Clock;

import org.shuangsuiji.inspection.registry.RegistryClient;
import org.shuangsuiji.inspection.scoring.ScoringClient;
import org.shuangsuiji.platform.web.client.BearerTokenRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The HTTP service groups {@code registry} and {@code scoring}: base URLs and timeouts
 * come from {@code spring.http.serviceclient.<group>.*}; every call carries the caller's
 * bearer token so the other service scopes it by the same user.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "registry", types = RegistryClient.class)
@ImportHttpServices(group = "scoring", types = ScoringClient.class)
class InspectionConfiguration {

	@Bean
	RestClientHttpServiceGroupConfigurer tokenRelayConfigurer() {
		return (groups) -> groups.forEachClient((group, builder) -> builder.requestInterceptor(new BearerTokenRelay()));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SecureRandom seedRandom() {
		return new SecureRandom();
	}

}
