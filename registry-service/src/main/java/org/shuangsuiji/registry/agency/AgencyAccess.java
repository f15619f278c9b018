package org.shuangsuiji.registry.agency;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who may read and change an agency and what belongs to it (its appraisers). Bureaus
 * (province, city, county) read and change their region subtree; inspectors and experts
 * read in their region; an agency account reads only its own agency.
 */
public final class AgencyAccess {

	private AgencyAccess() {
	}

	/**
	 * Whether the caller reads by region (bureaus, inspectors, experts) rather than by
	 * agency.
	 */
	public static boolean readsByRegion(Caller caller) {
		return caller.isBureau() || caller.hasAny(Role.INSPECTOR, Role.EXPERT);
	}

	/** Whether the caller is an agency account reading its own agency. */
	public static boolean readsOwnAgency(Caller caller) {
		return caller.has(Role.AGENCY) && caller.agencyId() != null;
	}

	/** Throws unless the caller may read what belongs to the agency. */
	public static void requireRead(Caller caller, String agencyId, RegionCode agencyRegion) {
		if (readsByRegion(caller)) {
			caller.requireCovers(agencyRegion);
			return;
		}
		if (caller.has(Role.AGENCY) && agencyId.equals(caller.agencyId())) {
			return;
		}
		throw new OutOfScopeException("an agency account sees only its own agency");
	}

	/**
	 * The region a search may cover: the one asked for when the caller covers it, else
	 * the caller's own. Asking for a region outside the caller's is refused (403).
	 */
	public static RegionCode searchRegion(Caller caller, RegionCode requested) {
		if (requested == null) {
			return caller.region();
		}
		caller.requireCovers(requested);
		return requested;
	}

}
