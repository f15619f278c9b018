package org.shuangsuiji.gateway.circuit;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCircuitGatewayFilterFactoryTest {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
		.slidingWindowSize(4)
		.minimumNumberOfCalls(4)
		.waitDurationInOpenState(Duration.ofMinutes(1))
		.ignoreExceptions(PayloadLimitExceededException.class)
		.build());

	private final GatewayFilter filter = filterFor("registry-service");

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void aServiceThatAnswersPassesThroughUntouched() {
		MockServerWebExchange exchange = exchange();

		this.filter.filter(exchange, answering(HttpStatus.OK)).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(breaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
	}

	@Test
	void aRefusedConnectionIs503NamingTheServiceAndCountsAgainstItsCircuit() {
		MockServerWebExchange exchange = exchange();

		this.filter.filter(exchange, failing(new ConnectException("Connection refused"))).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("registry-service is unavailable; try again later");
		assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void anOpenCircuitAnswers503WithoutCallingTheService() {
		for (int i = 0; i < 4; i++) {
			this.filter.filter(exchange(), failing(new ConnectException("Connection refused"))).block();
		}
		assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
		int callsBefore = this.calls.get();
		MockServerWebExchange exchange = exchange();

		this.filter.filter(exchange, answering(HttpStatus.OK)).block();

		assertThat(this.calls.get()).as("the service was not called").isEqualTo(callsBefore);
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("registry-service is failing and temporarily cut off; try again later");
	}

	@Test
	void aBodyCutOffAtTheLimitIs413AndDoesNotCountAgainstTheService() {
		MockServerWebExchange exchange = exchange();

		this.filter.filter(exchange, failing(new PayloadLimitExceededException(DataSize.ofMegabytes(2)))).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void eachServiceHasACircuitOfItsOwn() {
		for (int i = 0; i < 4; i++) {
			this.filter.filter(exchange(), failing(new ConnectException("Connection refused"))).block();
		}
		MockServerWebExchange exchange = exchange();

		filterFor("scoring-service").filter(exchange, answering(HttpStatus.OK)).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private GatewayFilter filterFor(String service) {
		ServiceCircuitGatewayFilterFactory.Config config = new ServiceCircuitGatewayFilterFactory.Config();
		config.setService(service);
		return new ServiceCircuitGatewayFilterFactory(this.registry).apply(config);
	}

	private CircuitBreaker breaker() {
		return this.registry.circuitBreaker("registry-service");
	}

	private GatewayFilterChain answering(HttpStatus status) {
		return (exchange) -> Mono.fromRunnable(() -> {
			this.calls.incrementAndGet();
			exchange.getResponse().setStatusCode(status);
		});
	}

	private GatewayFilterChain failing(Throwable cause) {
		return (exchange) -> Mono.defer(() -> {
			this.calls.incrementAndGet();
			return Mono.error(cause);
		});
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/registry/agencies"));
	}

}
