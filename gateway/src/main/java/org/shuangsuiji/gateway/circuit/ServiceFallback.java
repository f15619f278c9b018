package org.shuangsuiji.gateway.circuit;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import org.shuangsuiji.gateway.problem.Problem;
import org.shuangsuiji.gateway.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a route answers when its service is down, slow, or its circuit is open: 503
 * problem+json naming the service. A body cut off at the route's limit is the client's
 * fault: 413.
 */
final class ServiceFallback {

	private static final Logger logger = LoggerFactory.getLogger(ServiceFallback.class);

	private ServiceFallback() {
	}

	static Mono<Void> answer(ServerWebExchange exchange, String service, Throwable cause) {
		if (exchange.getResponse().isCommitted()) {
			// The service's answer has begun: the connection is cut, so the client sees
			// a broken answer rather than a short one.
			return Mono.error(cause);
		}
		if (cause instanceof PayloadLimitExceededException tooLarge) {
			return ProblemResponses.write(exchange, Problem.payloadTooLarge(tooLarge.getMessage()));
		}
		logger.warn("{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), cause.toString());
		return ProblemResponses.write(exchange, Problem.dependencyUnavailable(detail(service, cause)));
	}

	static String detail(String service, Throwable cause) {
		// The route's response time-out answers 504 (a ResponseStatusException); a
		// TimeoutException is what a Reactor time-out raises.
		if (cause instanceof TimeoutException || (cause instanceof ResponseStatusException status
				&& status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
			return service + " did not answer in time; try again later";
		}
		if (cause instanceof CallNotPermittedException) {
			return service + " is failing and temporarily cut off; try again later";
		}
		return service + " is unavailable; try again later";
	}

}
