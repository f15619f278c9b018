package org.shuangsuiji.registry.conflict;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * Who may declare, withdraw and list conflicts of interest: bureaus, for a declaration
 * whose person or agency lies in their region.
 */
public final class ConflictAccess {

	private ConflictAccess() {
	}

	public static void requireBureau(Caller caller) {
		if (!caller.isBureau()) {
			throw new OutOfScopeException("only a justice bureau (province, city or county) may do this");
		}
	}

	public static void requireBureauCovering(Caller caller, RegionCode region) {
		requireBureau(caller);
		caller.requireCovers(region);
	}

	/** Throws unless the caller covers the person's or the agency's region. */
	public static void requireCoversEither(Caller caller, RegionCode personRegion, RegionCode agencyRegion) {
		if (!caller.covers(personRegion) && !caller.covers(agencyRegion)) {
			caller.requireCovers(agencyRegion);
		}
	}

}
