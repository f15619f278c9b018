package org.shuangsuiji.gateway.problem;

import org.shuangsuiji.gateway.limit.PayloadLimitExceededException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Errors that reach the top of the gateway (no route, unsupported method, a body over the
 * limit, anything unexpected) as problem+json; never a stack trace. Runs before Spring
 * Boot's JSON error handler.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		return ProblemResponses.write(exchange, problemFor(ex, exchange));
	}

	static Problem problemFor(Throwable ex, ServerWebExchange exchange) {
		if (ex instanceof PayloadLimitExceededException tooLarge) {
			return Problem.payloadTooLarge(tooLarge.getMessage());
		}
		if (ex instanceof ProblemException problem) {
			logger.warn("{} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					problem.detail());
			return new Problem(HttpStatus.valueOf(problem.status()), problem.type(), problem.title(), problem.detail());
		}
		if (ex instanceof ResponseStatusException status) {
			HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
			HttpStatus resolved = (code != null) ? code : HttpStatus.INTERNAL_SERVER_ERROR;
			if (resolved.is5xxServerError()) {
				logger.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
			}
			return new Problem(resolved, slug(resolved), resolved.getReasonPhrase(), detail(resolved, status));
		}
		logger.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"the gateway could not handle the request");
	}

	private static String detail(HttpStatus status, ResponseStatusException ex) {
		if (status == HttpStatus.NOT_FOUND) {
			return "no route for this path";
		}
		String reason = ex.getReason();
		return (reason != null && !status.is5xxServerError()) ? reason : status.getReasonPhrase();
	}

	static String slug(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "invalid-request";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case CONTENT_TOO_LARGE -> "payload-too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case TOO_MANY_REQUESTS -> "too-many-requests";
			case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> "dependency-unavailable";
			default -> status.is5xxServerError() ? "internal-error" : "client-error";
		};
	}

}
