package org.shuangsuiji.platform.security;

import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Who is calling: taken from a verified access token. Every service decides scope from
 * this, not from what the gateway let through.
 *
 * @param userId the token subject
 * @param displayName a name to show and to record in audit trails
 * @param roles the platform roles the token carries
 * @param region the caller's region ({@code region_code} claim)
 * @param agencyId the agency of an {@code agency} account ({@code agency_id} claim), else
 * {@code null}
 * @param personId the registry inspector or expert an {@code inspector} or {@code expert}
 * account is ({@code person_id} claim), else {@code null}; team rights are decided from
 * it
 */
public record Caller(String userId, String displayName, Set<Role> roles, RegionCode region, String agencyId,
		String personId) {

	/** A caller that is no registry person (bureau staff, agency accounts). */
	public Caller(String userId, String displayName, Set<Role> roles, RegionCode region, String agencyId) {
		this(userId, displayName, roles, region, agencyId, null);
	}

	public Caller {
		roles = Set.copyOf(roles);
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("caller needs a user id");
		}
		if (region == null) {
			throw new IllegalArgumentException("caller needs a region");
		}
		displayName = (displayName == null || displayName.isBlank()) ? userId : displayName;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	public Optional<String> agency() {
		return Optional.ofNullable(this.agencyId);
	}

	/** The registry person (inspector or expert) this account is linked to. */
	public Optional<String> person() {
		return Optional.ofNullable(this.personId);
	}

	/** Whether the caller acts for a bureau (province, city or county). */
	public boolean isBureau() {
		return this.roles.stream().anyMatch(Role::isBureau);
	}

	/** Whether {@code target} lies in the caller's region subtree. */
	public boolean covers(RegionCode target) {
		return this.region.covers(target);
	}

	/**
	 * Throws {@link OutOfScopeException} unless {@code target} lies in the caller's
	 * region.
	 */
	public void requireCovers(RegionCode target) {
		if (!covers(target)) {
			throw new OutOfScopeException("region " + target + " is outside the caller's region " + this.region);
		}
	}

	/**
	 * Throws {@link OutOfScopeException} unless the caller may see what belongs to the
	 * agency: an agency account only its own agency, everyone else by region.
	 */
	public void requireCoversAgency(String agencyId, RegionCode agencyRegion) {
		if (has(Role.AGENCY) && !isBureau()) {
			if (!agencyId.equals(this.agencyId)) {
				throw new OutOfScopeException("an agency account sees only its own agency");
			}
			return;
		}
		requireCovers(agencyRegion);
	}

	/**
	 * Throws {@link OutOfScopeException} unless the caller is a justice bureau (province,
	 * city or county) covering {@code target}.
	 */
	public void requireBureauCovering(RegionCode target) {
		requireBureau();
		requireCovers(target);
	}

	/** Throws {@link OutOfScopeException} unless the caller is a justice bureau. */
	public void requireBureau() {
		if (!isBureau()) {
			throw new OutOfScopeException("only a justice bureau (province, city or county) may do this");
		}
	}

	/** Throws {@link OutOfScopeException} unless the caller has one of the roles. */
	public void requireAny(Role... wanted) {
		if (!hasAny(wanted)) {
			throw new OutOfScopeException("this needs one of the roles " + java.util.Arrays.toString(wanted));
		}
	}

}
