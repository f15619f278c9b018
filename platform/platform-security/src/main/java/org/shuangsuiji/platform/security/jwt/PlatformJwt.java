package org.shuangsuiji.platform.security.jwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.security.TokenClaims;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * How the platform accepts a Keycloak access token and reads its roles: the same rules in
 * the gateway (reactive) and in every service (servlet), so the two cannot drift.
 */
public final class PlatformJwt {

	private PlatformJwt() {
	}

	/**
	 * Timestamps, the issuer, the audience, a valid {@code region_code} (for the
	 * ministry's token the national code, ADR 0006), and for a token whose only platform
	 * role is agency its {@code agency_id}: a token without them is refused for every
	 * protected endpoint.
	 * @param issuer the expected {@code iss}; mandatory, so that a service cannot accept
	 * tokens of any realm that its key set happens to sign
	 * @param audience the audience every token must carry
	 * @throws IllegalArgumentException when the issuer is blank (the service then fails
	 * at start-up instead of running with a weaker check)
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException("platform.security.issuer is not set: every service and the gateway "
					+ "must name the issuer its tokens come from (Keycloak's hostname plus the realm, e.g. "
					+ "http://localhost:8180/realms/shuangsuiji; env KEYCLOAK_ISSUER)");
		}
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(issuer));
		validators.add((jwt) -> (jwt.getAudience() != null && jwt.getAudience().contains(audience))
				? OAuth2TokenValidatorResult.success() : failure("the token is not meant for " + audience));
		validators.add((jwt) -> (TokenClaims.region(jwt.getClaims()).isPresent()
				|| TokenClaims.ministry(jwt.getClaims()).isPresent()) ? OAuth2TokenValidatorResult.success()
						: failure("the token carries no valid region_code claim"));
		validators.add((jwt) -> agencyWithoutItsAgency(jwt.getClaims())
				? failure("an agency account's token carries no agency_id claim")
				: OAuth2TokenValidatorResult.success());
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	/**
	 * Realm roles of the platform become {@code ROLE_<role>} authorities; other realm
	 * roles are ignored. The principal's name is the subject.
	 */
	public static JwtAuthenticationToken authentication(Jwt jwt) {
		Collection<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : TokenClaims.roles(jwt.getClaims())) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

	/**
	 * An agency account reads only its own agency's records: without the claim that names
	 * it, its scope is undefined, so the token is refused (fail closed) rather than read
	 * as "no agency".
	 */
	private static boolean agencyWithoutItsAgency(Map<String, Object> claims) {
		Object agency = claims.get(TokenClaims.AGENCY_ID);
		return TokenClaims.roles(claims).equals(Set.of(Role.AGENCY))
				&& (agency == null || String.valueOf(agency).isBlank());
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
	}

}
