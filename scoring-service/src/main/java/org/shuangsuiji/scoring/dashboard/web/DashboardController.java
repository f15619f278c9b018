package org.shuangsuiji.scoring.dashboard.web;

import java.util.List;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.security.Supervisor;
import org.shuangsuiji.scoring.dashboard.Dashboard;
import org.shuangsuiji.scoring.dashboard.DashboardService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures over submitted official sheets, for the supervisor's area or a region inside
 * it: a bureau's region, the ministry's nation ({@code region} absent or {@code 000000}:
 * sub-regions are the provinces).
 */
@RestController
class DashboardController {

	private final DashboardService dashboards;

	DashboardController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/scoring/dashboard")
	Dashboard dashboard(Supervisor supervisor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String templateId) {
		Area area = (region == null) ? null : Area.parse(region)
			.orElseThrow(() -> new InvalidInputException("invalid-input", List.of(new FieldError("region",
					"must be a six-digit region code (GB/T 2260), or " + Area.NATION_CODE + " for the nation"))));
		return this.dashboards.dashboard(supervisor, area, year, templateId);
	}

}
