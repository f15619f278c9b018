package org.shuangsuiji.platform.web.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;

/**
 * What every HTTP service group of a service gets, for its {@code config/} to
 * {@code @Import} beside its {@code @ImportHttpServices}: the caller's bearer token
 * relayed, so the other service scopes the call by the same user, and each request sent
 * through the Resilience4j retry and circuit breaker named after the group
 * ({@code resilience4j.retry.instances.<group>},
 * {@code resilience4j.circuitbreaker.instances.<group>} in the service's
 * application.yml). Each breaker's state changes are logged: a refusal by an open breaker
 * is otherwise silent in the service's log.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClientsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServiceClientsConfiguration.class);

	@Bean
	RestClientHttpServiceGroupConfigurer serviceClientsConfigurer(RetryRegistry retries,
			CircuitBreakerRegistry breakers) {
		return (groups) -> groups.forEachGroup((group, client, proxies) -> {
			client.requestInterceptor(new BearerTokenRelay());
			CircuitBreaker breaker = breakers.circuitBreaker(group.name());
			breaker.getEventPublisher()
				.onStateTransition((event) -> log.warn("circuit breaker {}: {} ({} % of {} calls failed)",
						event.getCircuitBreakerName(), event.getStateTransition(),
						breaker.getMetrics().getFailureRate(), breaker.getMetrics().getNumberOfBufferedCalls()));
			proxies.exchangeAdapterDecorator(
					(adapter) -> new ResilientExchangeAdapter(adapter, retries.retry(group.name()), breaker));
		});
	}

}
