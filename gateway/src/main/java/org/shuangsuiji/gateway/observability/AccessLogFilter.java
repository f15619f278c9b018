package org.shuangsuiji.gateway.observability;

import java.util.concurrent.TimeUnit;

import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One line per request on logger {@code org.shuangsuiji.gateway.access}: method, path,
 * status, duration, user and trace id. Runs first, so refused requests (401, 403, 429)
 * are logged too; the user is recorded by {@link AccessLogUser} inside the security
 * chain.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

	private static final Logger accessLog = LoggerFactory.getLogger("org.shuangsuiji.gateway.access");

	/** The error the chain ended with, kept for the status of the line. */
	static final String ERROR = AccessLogFilter.class.getName() + ".error";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doOnError((ex) -> exchange.getAttributes().put(ERROR, ex)).doFinally((signal) -> {
			if (accessLog.isInfoEnabled()) {
				accessLog.info(line(exchange, signal, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
			}
		});
	}

	static String line(ServerWebExchange exchange, SignalType signal, long millis) {
		return "method=" + exchange.getRequest().getMethod() + " path=" + exchange.getRequest().getPath().value()
				+ " status=" + status(exchange, signal) + " durationMs=" + millis + " user="
				+ AccessLogUser.of(exchange) + " traceId=" + TraceIds.current(exchange).orElse("-");
	}

	private static String status(ServerWebExchange exchange, SignalType signal) {
		Object error = exchange.getAttribute(ERROR);
		if (signal == SignalType.ON_ERROR && error instanceof ResponseStatusException status) {
			return String.valueOf(status.getStatusCode().value());
		}
		// The statuses ProblemExceptionHandler answers these with (Keycloak down is 503).
		if (signal == SignalType.ON_ERROR && error instanceof ProblemException problem) {
			return String.valueOf(problem.status());
		}
		if (signal == SignalType.ON_ERROR && error instanceof PayloadLimitExceededException) {
			return "413";
		}
		if (signal == SignalType.ON_ERROR) {
			return "500";
		}
		if (signal == SignalType.CANCEL) {
			return "cancelled";
		}
		HttpStatusCode code = exchange.getResponse().getStatusCode();
		return (code != null) ? String.valueOf(code.value()) : "200";
	}

}
