package org.shuangsuiji.registry.conflict;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * Who may declare and list conflicts of interest: bureaus, for a declaration whose person
 * or agency lies in their region.
 */
public final class ConflictAccess {

	private ConflictAccess() {
	}

	/** Throws unless the caller covers the person's or the agency's region. */
	public static void requireCoversEither(Caller caller, RegionCode personRegion, RegionCode agencyRegion) {
		if (!caller.covers(personRegion) && !caller.covers(agencyRegion)) {
			caller.requireCovers(agencyRegion);
		}
	}

}
