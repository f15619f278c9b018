package org.shuangsuiji.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Reads the platform's claims from a verified Keycloak access token: realm roles from
 * {@code realm_access.roles}, {@code region_code}, {@code agency_id}, {@code person_id}
 * and a display name. Shared by the servlet services and the reactive gateway so both
 * read tokens the same way.
 */
public final class TokenClaims {

	public static final String REGION_CODE = "region_code";

	public static final String AGENCY_ID = "agency_id";

	/** The registry inspector or expert id of an inspector's or expert's account. */
	public static final String PERSON_ID = "person_id";

	private TokenClaims() {
	}

	/** The platform roles among the token's realm roles; unknown roles are ignored. */
	public static Set<Role> roles(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				Role.fromRealmRole(String.valueOf(name)).ifPresent(roles::add);
			}
		}
		return roles;
	}

	/** The token's region, or empty when the claim is missing or not a GB/T 2260 code. */
	public static Optional<RegionCode> region(Map<String, Object> claims) {
		Object value = claims.get(REGION_CODE);
		return (value == null) ? Optional.empty() : RegionCode.parse(String.valueOf(value));
	}

	/**
	 * The caller described by the claims, or empty when the token has no valid region
	 * (such tokens are refused everywhere but on anonymous public endpoints) or is the
	 * ministry's (it reads the dashboards as a {@link Supervisor} and is no caller of any
	 * other door, ADR 0006).
	 */
	public static Optional<Caller> caller(Map<String, Object> claims) {
		if (isMinistry(claims)) {
			return Optional.empty();
		}
		return region(claims).map((region) -> new Caller(String.valueOf(claims.get("sub")), displayName(claims),
				roles(claims), region, text(claims.get(AGENCY_ID)), text(claims.get(PERSON_ID))));
	}

	/** Whether the token carries the {@code ministry} role, whatever else it carries. */
	public static boolean isMinistry(Map<String, Object> claims) {
		return roles(claims).contains(Role.MINISTRY);
	}

	/**
	 * The ministry described by the claims: the {@code ministry} role alone and
	 * {@code region_code} {@value Area#NATION_CODE}; empty for any other token, so a
	 * misconfigured account reads nothing rather than more.
	 */
	public static Optional<Supervisor> ministry(Map<String, Object> claims) {
		if (!roles(claims).equals(Set.of(Role.MINISTRY)) || !Area.NATION_CODE.equals(claims.get(REGION_CODE))) {
			return Optional.empty();
		}
		return Optional.of(Supervisor.ministry(String.valueOf(claims.get("sub")), displayName(claims)));
	}

	private static String displayName(Map<String, Object> claims) {
		String name = text(claims.get("name"));
		return (name != null) ? name : text(claims.get("preferred_username"));
	}

	private static String text(Object value) {
		return (value == null || String.valueOf(value).isBlank()) ? null : String.valueOf(value);
	}

}
