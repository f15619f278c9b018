package org.shuangsuiji.scoring.dashboard.web;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.dashboard.Dashboard;
import org.shuangsuiji.scoring.dashboard.DashboardService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures over submitted official sheets, for the caller's region or a region inside it.
 */
@RestController
class DashboardController {

	private final DashboardService dashboards;

	DashboardController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/scoring/dashboard")
	Dashboard dashboard(Caller caller, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String templateId) {
		return this.dashboards.dashboard(caller, (region != null) ? RegionCode.of(region) : null, year, templateId);
	}

}
