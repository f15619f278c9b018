package org.shuangsuiji.gateway.security;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * A bad token stays a bad token (401), but when the signing keys cannot be fetched the
 * caller learns that Keycloak is unavailable (503) instead of getting a 500. The token
 * rules themselves are platform-security's {@code PlatformJwt}, shared with the services.
 */
final class ReportingUnreachableKeys implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	ReportingUnreachableKeys(ReactiveJwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return this.decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException), (ex) -> new DependencyUnavailableException(
					"the identity provider (Keycloak) could not be reached to check the token; try again later"));
	}

}
