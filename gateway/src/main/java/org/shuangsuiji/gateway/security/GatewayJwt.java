package org.shuangsuiji.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.security.TokenClaims;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * How the gateway accepts a Keycloak access token: the same rules as the services
 * (platform-web), for the reactive stack.
 */
public final class GatewayJwt {

	private GatewayJwt() {
	}

	/**
	 * Timestamps and issuer, the audience, and a valid {@code region_code}: a token
	 * without a region is refused (401) on every protected route.
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(issuer));
		validators.add((jwt) -> (jwt.getAudience() != null && jwt.getAudience().contains(audience))
				? OAuth2TokenValidatorResult.success() : failure("the token is not meant for " + audience));
		validators.add((jwt) -> TokenClaims.region(jwt.getClaims()).isPresent() ? OAuth2TokenValidatorResult.success()
				: failure("the token carries no valid region_code claim"));
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	/** Realm roles of the platform become {@code ROLE_<role>}; others are ignored. */
	public static JwtAuthenticationToken authentication(Jwt jwt) {
		Collection<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : TokenClaims.roles(jwt.getClaims())) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

	/**
	 * A bad token stays a bad token (401), but when the signing keys cannot be fetched
	 * the caller learns that Keycloak is unavailable (503) instead of getting a 500.
	 */
	public static ReactiveJwtDecoder reportingUnreachableKeys(ReactiveJwtDecoder decoder) {
		return (token) -> decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException), (ex) -> new DependencyUnavailableException(
					"the identity provider (Keycloak) could not be reached to check the token; try again later"));
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
	}

}
