package org.shuangsuiji.gateway.circuit;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Route filter {@code ServiceCircuit=<service>}: the routed call runs through the
 * service's Resilience4j circuit breaker
 * ({@code resilience4j.circuitbreaker.configs.default}); a refused connection, a time-out
 * or an open circuit is answered by {@link ServiceFallback}, never with 200.
 * <p>
 * Spring Cloud Gateway's {@code CircuitBreaker} filter did the same through Spring Cloud
 * CircuitBreaker at a cost per request (issue #13): because of its fallback URI, every
 * request's body was first read whole into memory (for a forward that never reads it; an
 * evidence upload of 200 MB too), and each call looked its breaker up in the registry and
 * passed a bulkhead. Here the breaker is looked up once, and the fallback answers in
 * place.
 */
@Component
public class ServiceCircuitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ServiceCircuitGatewayFilterFactory.Config> {

	private final CircuitBreakerRegistry circuitBreakers;

	public ServiceCircuitGatewayFilterFactory(CircuitBreakerRegistry circuitBreakers) {
		super(Config.class);
		this.circuitBreakers = circuitBreakers;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("service");
	}

	@Override
	public GatewayFilter apply(Config config) {
		String service = config.getService();
		CircuitBreaker breaker = this.circuitBreakers.circuitBreaker(service);
		CircuitBreakerOperator<Void> guarded = CircuitBreakerOperator.of(breaker);
		return new GatewayFilter() {

			@Override
			public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
				return chain.filter(exchange)
					.transform(guarded)
					.onErrorResume((cause) -> ServiceFallback.answer(exchange, service, cause));
			}

			@Override
			public String toString() {
				return "ServiceCircuit[" + service + "]";
			}

		};
	}

	public static class Config {

		private String service = "";

		public String getService() {
			return this.service;
		}

		public void setService(String service) {
			this.service = service;
		}

	}

}
