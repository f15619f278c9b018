package org.shuangsuiji.gateway.problem;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackControllerTest {

	private final FallbackController controller = new FallbackController();

	@Test
	void answers503ProblemNamingTheService() {
		MockServerWebExchange exchange = exchangeFailedWith(new java.net.ConnectException("Connection refused"));

		this.controller.fallback("registry-service", exchange).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.isEqualTo("{\"type\":\"urn:shuangsuiji:problem:dependency-unavailable\",\"title\":\"Service unavailable\","
					+ "\"status\":503,\"detail\":\"registry-service is unavailable; try again later\","
					+ "\"instance\":\"/api/registry/agencies\"}");
	}

	@Test
	void saysWhenTheServiceWasTooSlow() {
		assertThat(FallbackController.detail("scoring-service", new TimeoutException()))
			.isEqualTo("scoring-service did not answer in time; try again later");
	}

	@Test
	void saysWhenTheRoutesResponseTimeOutRanOut() {
		assertThat(FallbackController.detail("scoring-service",
				new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout: PT1S")))
			.isEqualTo("scoring-service did not answer in time; try again later");
	}

	@Test
	void aBadGatewayIsNotCalledSlow() {
		assertThat(FallbackController.detail("scoring-service", new ResponseStatusException(HttpStatus.BAD_GATEWAY)))
			.isEqualTo("scoring-service is unavailable; try again later");
	}

	@Test
	void saysWhenTheBreakerIsOpen() {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("evidence-service");
		breaker.transitionToOpenState();

		assertThat(FallbackController.detail("evidence-service",
				CallNotPermittedException.createCallNotPermittedException(breaker)))
			.isEqualTo("evidence-service is failing and temporarily cut off; try again later");
	}

	@Test
	void bodyCutOffAtTheLimitIsA413NotAnOutage() {
		MockServerWebExchange exchange = exchangeFailedWith(new PayloadLimitExceededException(DataSize.ofMegabytes(2)));

		this.controller.fallback("registry-service", exchange).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("urn:shuangsuiji:problem:payload-too-large");
	}

	@Test
	void doesNotEchoAnUnexpectedServiceName() {
		MockServerWebExchange exchange = exchangeFailedWith(new IllegalStateException());

		this.controller.fallback("<script>", exchange).block();

		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"detail\":\"the service is unavailable; try again later\"");
	}

	private static MockServerWebExchange exchangeFailedWith(Throwable cause) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/registry/agencies"));
		exchange.getAttributes().put(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, cause);
		return exchange;
	}

}
