package org.shuangsuiji.scoring.dashboard;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/** Dashboards for bureaus, never wider than the caller's region. */
public class DashboardService {

	private final DashboardStore store;

	public DashboardService(DashboardStore store) {
		this.store = store;
	}

	public Dashboard dashboard(Caller caller, RegionCode region, Integer year, String templateId) {
		caller.requireAny(Role.PROVINCE, Role.CITY, Role.COUNTY);
		RegionCode scope = (region != null) ? region : caller.region();
		caller.requireCovers(scope);
		return this.store.aggregate(new DashboardQuery(scope, year, templateId));
	}

}
