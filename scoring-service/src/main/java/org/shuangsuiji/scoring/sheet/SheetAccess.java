package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who may do what with a sheet. Bureaus read within their region; inspectors and experts
 * whose region covers the agency answer (inspection-service will narrow this to the drawn
 * team); an agency reads only its own submitted sheets.
 */
final class SheetAccess {

	private SheetAccess() {
	}

	static void requireCreator(Caller caller, RegionCode region, SheetMode mode) {
		if (mode == SheetMode.INDEPENDENT) {
			caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		}
		else {
			caller.requireAny(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSPECTOR, Role.EXPERT);
		}
		caller.requireCovers(region);
	}

	static void requireReader(Caller caller, Sheet sheet) {
		if (isAgencyOnly(caller)) {
			if (!sheet.agencyId().equals(caller.agencyId())) {
				throw new OutOfScopeException("an agency sees only its own agency's sheets");
			}
			if (!sheet.submitted()) {
				throw new OutOfScopeException("an agency sees its sheets once they are submitted");
			}
			return;
		}
		caller.requireAny(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSPECTOR, Role.EXPERT);
		caller.requireCovers(sheet.region());
	}

	/** Readers of the working record (history, reconciliation): not the agency. */
	static void requireInspectorOrBureau(Caller caller, Sheet sheet) {
		caller.requireAny(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSPECTOR, Role.EXPERT);
		caller.requireCovers(sheet.region());
	}

	static void requireAnswerer(Caller caller, Sheet sheet) {
		caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		caller.requireCovers(sheet.region());
		if (sheet.mode() == SheetMode.INDEPENDENT && !caller.userId().equals(sheet.ownerId())) {
			throw new OutOfScopeException("an independent sheet is answered only by its own inspector");
		}
	}

	static boolean isAgencyOnly(Caller caller) {
		return caller.has(Role.AGENCY) && !caller.isBureau() && !caller.hasAny(Role.INSPECTOR, Role.EXPERT);
	}

}
