package org.shuangsuiji.gateway.observability;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import reactor.core.publisher.SignalType;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogFilterTest {

	@Test
	void lineNamesMethodPathStatusDurationUserAndTrace() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/evidence/files?inspection=1"));
		exchange.getResponse().setStatusCode(HttpStatus.CREATED);
		exchange.getAttributes().put(AccessLogUser.ATTRIBUTE, "xinxiang-inspector-1");

		assertThat(AccessLogFilter.line(exchange, SignalType.ON_COMPLETE, 42)).isEqualTo(
				"method=POST path=/api/evidence/files status=201 durationMs=42 user=xinxiang-inspector-1 traceId=-");
	}

	@Test
	void anonymousRequestsAreMarkedSo() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/public/x"));

		assertThat(AccessLogFilter.line(exchange, SignalType.ON_COMPLETE, 1)).contains("user=anonymous");
	}

	@Test
	void aRequestRefusedBecauseKeycloakIsDownIsLoggedWithTheStatusItGets() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
		exchange.getAttributes()
			.put(AccessLogFilter.ERROR, new DependencyUnavailableException("the identity provider is unreachable"));

		assertThat(AccessLogFilter.line(exchange, SignalType.ON_ERROR, 1)).contains("status=503");
	}

	@Test
	void cancelledRequestsAreMarkedSo() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));

		assertThat(AccessLogFilter.line(exchange, SignalType.CANCEL, 1)).contains("status=cancelled");
	}

}
