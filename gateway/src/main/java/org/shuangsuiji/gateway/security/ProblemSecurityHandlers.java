package org.shuangsuiji.gateway.security;

import org.shuangsuiji.gateway.problem.Problem;
import org.shuangsuiji.gateway.problem.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/** Security's 401 and 403 as problem+json, the same shape the services answer with. */
final class ProblemSecurityHandlers {

	private ProblemSecurityHandlers() {
	}

	static ServerAuthenticationEntryPoint entryPoint() {
		return (exchange, ex) -> {
			boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
			return ProblemResponses.write(exchange, Problem.unauthorized(detail(ex, tokenSent)));
		};
	}

	static ServerAccessDeniedHandler accessDenied() {
		return (exchange, ex) -> ProblemResponses.write(exchange,
				Problem.forbidden("the caller's roles do not allow this request"));
	}

	private static String detail(AuthenticationException ex, boolean tokenSent) {
		if (!tokenSent) {
			return "a valid bearer token is needed";
		}
		if (ex instanceof InvalidBearerTokenException && ex.getMessage() != null) {
			return ex.getMessage();
		}
		return "the bearer token could not be verified";
	}

}
