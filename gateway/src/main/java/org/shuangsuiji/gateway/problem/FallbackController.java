package org.shuangsuiji.gateway.problem;

import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.jspecify.annotations.Nullable;
import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when the service is down, slow, or its breaker
 * is open: 503 problem+json naming the service. Reached only through {@code forward:}
 * from a route (security denies direct requests).
 */
@RestController
public class FallbackController {

	private static final Logger logger = LoggerFactory.getLogger(FallbackController.class);

	private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

	@RequestMapping("/fallback/{service}")
	public Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (cause instanceof PayloadLimitExceededException tooLarge) {
			return ProblemResponses.write(exchange, Problem.payloadTooLarge(tooLarge.getMessage()));
		}
		String name = SERVICE_NAME.matcher(service).matches() ? service : "the service";
		logger.warn("{} unavailable for {} {}: {}", name, exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), (cause != null) ? cause.toString() : "circuit open");
		return ProblemResponses.write(exchange, Problem.dependencyUnavailable(detail(name, cause)));
	}

	static String detail(String service, @Nullable Throwable cause) {
		// The route's response-timeout answers 504 (a ResponseStatusException);
		// TimeoutException
		// is what a TimeLimiter would raise.
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
