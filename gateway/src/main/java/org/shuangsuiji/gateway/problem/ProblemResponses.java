package org.shuangsuiji.gateway.problem;

import java.nio.charset.StandardCharsets;

import org.shuangsuiji.gateway.observability.TraceIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/** Writes a {@link Problem} as the response of an exchange. */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	public static Mono<Void> write(ServerWebExchange exchange, Problem problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		byte[] json = JSON.writeValueAsBytes(
				problem.body(exchange.getRequest().getPath().value(), TraceIds.current(exchange).orElse(null)));
		response.setStatusCode(problem.status());
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(json.length);
		DataBuffer buffer = response.bufferFactory().wrap(json);
		return response.writeWith(Mono.just(buffer));
	}

	/** For tests and logs: the body as text. */
	static String json(Problem problem, String instance) {
		return new String(JSON.writeValueAsBytes(problem.body(instance, null)), StandardCharsets.UTF_8);
	}

}
