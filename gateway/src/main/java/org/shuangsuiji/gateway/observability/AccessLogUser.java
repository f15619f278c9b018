package org.shuangsuiji.gateway.observability;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Placed inside the security chain right after authentication, so the access log knows
 * who was refused with 403 as well as who got through. Records the Keycloak username
 * ({@code preferred_username}), falling back to the subject.
 */
public class AccessLogUser implements WebFilter {

	static final String ATTRIBUTE = AccessLogUser.class.getName() + ".user";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.cast(JwtAuthenticationToken.class)
			.doOnNext((authentication) -> exchange.getAttributes().put(ATTRIBUTE, username(authentication)))
			.then(chain.filter(exchange));
	}

	static String username(JwtAuthenticationToken authentication) {
		String username = authentication.getToken().getClaimAsString("preferred_username");
		return (username != null && !username.isBlank()) ? username : authentication.getName();
	}

	static String of(ServerWebExchange exchange) {
		Object user = exchange.getAttribute(ATTRIBUTE);
		return (user != null) ? user.toString() : "anonymous";
	}

}
