package org.shuangsuiji.scoring.dashboard;

import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.security.Supervisor;

/**
 * Dashboards for bureaus and the ministry, never wider than the supervisor's area (a
 * bureau's region, the ministry's nation).
 */
public class DashboardService {

	private final DashboardStore store;

	public DashboardService(DashboardStore store) {
		this.store = store;
	}

	/** {@code area} {@code null} for the supervisor's own. */
	public Dashboard dashboard(Supervisor supervisor, Area area, Integer year, String templateId) {
		return this.store.aggregate(new DashboardQuery(supervisor.requireWithin(area), year, templateId));
	}

}
