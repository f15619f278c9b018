package org.shuangsuiji.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security's bearer-token converter with a plain loop in front of its regular
 * expression (a case-insensitive regex over a kilobyte of token was 3-6 % of the
 * gateway's CPU, issue #13). A well-formed {@code Authorization: Bearer <token>} header
 * is taken here; anything else goes to Spring's converter unchanged, so its errors
 * ("Bearer token is malformed", …) and its "no token" stay exactly as they were.
 */
final class FastBearerTokenConverter implements ServerAuthenticationConverter {

	private static final String PREFIX = "Bearer ";

	private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header != null && isWellFormed(header)) {
			return Mono.just(new BearerTokenAuthenticationToken(header.substring(PREFIX.length())));
		}
		return this.spring.convert(exchange);
	}

	/**
	 * What Spring's {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive)
	 * accepts: the scheme, one or more token characters, then only {@code =} padding.
	 */
	static boolean isWellFormed(String header) {
		if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		int i = PREFIX.length();
		int end = header.length();
		while (i < end && isTokenChar(header.charAt(i))) {
			i++;
		}
		if (i == PREFIX.length()) {
			return false;
		}
		while (i < end && header.charAt(i) == '=') {
			i++;
		}
		return i == end;
	}

	private static boolean isTokenChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

}
