package org.shuangsuiji.gateway.circuit;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFallbackTest {

	@Test
	void answers503ProblemNamingTheService() {
		MockServerWebExchange exchange = exchange();

		ServiceFallback.answer(exchange, "registry-service", new ConnectException("Connection refused")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.isEqualTo("{\"type\":\"urn:shuangsuiji:problem:dependency-unavailable\",\"title\":\"Service unavailable\","
					+ "\"status\":503,\"detail\":\"registry-service is unavailable; try again later\","
					+ "\"instance\":\"/api/registry/agencies\"}");
	}

	@Test
	void saysWhenTheServiceWasTooSlow() {
		assertThat(ServiceFallback.detail("scoring-service", new TimeoutException()))
			.isEqualTo("scoring-service did not answer in time; try again later");
	}

	@Test
	void saysWhenTheRoutesResponseTimeOutRanOut() {
		assertThat(ServiceFallback.detail("scoring-service",
				new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout: PT1S")))
			.isEqualTo("scoring-service did not answer in time; try again later");
	}

	@Test
	void aBadGatewayIsNotCalledSlow() {
		assertThat(ServiceFallback.detail("scoring-service", new ResponseStatusException(HttpStatus.BAD_GATEWAY)))
			.isEqualTo("scoring-service is unavailable; try again later");
	}

	@Test
	void saysWhenTheBreakerIsOpen() {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("evidence-service");
		breaker.transitionToOpenState();

		assertThat(ServiceFallback.detail("evidence-service",
				CallNotPermittedException.createCallNotPermittedException(breaker)))
			.isEqualTo("evidence-service is failing and temporarily cut off; try again later");
	}

	@Test
	void bodyCutOffAtTheLimitIsA413NotAnOutage() {
		MockServerWebExchange exchange = exchange();

		ServiceFallback.answer(exchange, "registry-service", new PayloadLimitExceededException(DataSize.ofMegabytes(2)))
			.block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("urn:shuangsuiji:problem:payload-too-large");
	}

	@Test
	void anAnswerAlreadyBegunIsCutOffNotCompletedShort() {
		MockServerWebExchange exchange = exchange();
		exchange.getResponse().setComplete().block();
		ConnectException reset = new ConnectException("Connection reset");

		StepVerifier.create(ServiceFallback.answer(exchange, "registry-service", reset))
			.expectErrorMatches((error) -> error == reset)
			.verify();
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/registry/agencies"));
	}

}
