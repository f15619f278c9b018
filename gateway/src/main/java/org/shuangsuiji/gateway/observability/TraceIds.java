package org.shuangsuiji.gateway.observability;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of an exchange, read from the HTTP server observation that WebFlux opens
 * for every request (no thread-local needed, so it works in any reactive callback).
 */
public final class TraceIds {

	private TraceIds() {
	}

	public static Optional<String> current(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map((context) -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.map(Span::context)
			.map((context) -> context.traceId())
			.filter((id) -> !id.isBlank());
	}

}
