package org.shuangsuiji.gateway.problem;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

	private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

	@Test
	void missingRouteIs404Problem() {
		MockServerWebExchange exchange = handle(new ResponseStatusException(HttpStatus.NOT_FOUND));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:not-found\"")
			.contains("\"detail\":\"no route for this path\"");
	}

	@Test
	void unsupportedMethodIs405Problem() {
		MockServerWebExchange exchange = handle(new MethodNotAllowedException("TRACE", java.util.List.of()));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:method-not-allowed\"");
	}

	@Test
	void platformProblemsKeepTheirStatusAndType() {
		MockServerWebExchange exchange = handle(new DependencyUnavailableException("Keycloak could not be reached"));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:dependency-unavailable\"")
			.contains("\"detail\":\"Keycloak could not be reached\"");
	}

	@Test
	void unexpectedErrorIs500WithoutItsMessage() {
		MockServerWebExchange exchange = handle(new IllegalStateException("secret internals"));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("\"type\":\"urn:shuangsuiji:problem:internal-error\"")
			.doesNotContain("secret internals");
	}

	@Test
	void committedResponseIsLeftAlone() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
		exchange.getResponse().setComplete().block();

		Mono<Void> result = this.handler.handle(exchange, new IllegalStateException());

		assertThat(result.onErrorResume(IllegalStateException.class, (ex) -> Mono.empty()).block()).isNull();
	}

	@Test
	void slugsMatchThePlatformsProblemTypes() {
		assertThat(ProblemExceptionHandler.slug(HttpStatus.BAD_REQUEST)).isEqualTo("invalid-request");
		assertThat(ProblemExceptionHandler.slug(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo("payload-too-large");
		assertThat(ProblemExceptionHandler.slug(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).isEqualTo("unsupported-media-type");
		assertThat(ProblemExceptionHandler.slug(HttpStatus.GATEWAY_TIMEOUT)).isEqualTo("dependency-unavailable");
		assertThat(ProblemExceptionHandler.slug(HttpStatus.I_AM_A_TEAPOT)).isEqualTo("client-error");
	}

	private MockServerWebExchange handle(Throwable ex) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/nowhere"));
		this.handler.handle(exchange, ex).block();
		return exchange;
	}

}
