package org.shuangsuiji.inspection.dashboard.web;

import org.shuangsuiji.inspection.dashboard.DashboardService;
import org.shuangsuiji.inspection.dashboard.InspectionDashboard;
import org.shuangsuiji.platform.security.Supervisor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inspections/dashboard?region=&year=}: a covered area's plans,
 * inspections, agencies inspected, findings, rectification completion and publications
 * per sub-region and year. Bureaus over their region, the ministry over the nation
 * ({@code region} absent or {@code 000000}: rows by province) and any region in it.
 */
@RestController
class DashboardController {

	private final DashboardService dashboards;

	DashboardController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/inspections/dashboard")
	InspectionDashboard dashboard(Supervisor supervisor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		return this.dashboards.of(supervisor, region, year);
	}

}
