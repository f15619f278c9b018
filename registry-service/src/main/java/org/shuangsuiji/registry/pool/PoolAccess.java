package org.shuangsuiji.registry.pool;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * Who may keep and read the pools: bureaus (province, city, county), each in its region
 * subtree.
 */
public final class PoolAccess {

	private PoolAccess() {
	}

	/**
	 * The region a list may cover: the one asked for when the caller covers it, else the
	 * caller's own.
	 */
	public static RegionCode listRegion(Caller caller, RegionCode requested) {
		caller.requireBureau();
		if (requested == null) {
			return caller.region();
		}
		caller.requireCovers(requested);
		return requested;
	}

}
