package org.shuangsuiji.inspection.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of a covered area: the nation shows its provinces, a province its cities,
 * a city its counties, a county itself.
 *
 * @param region the area asked for: a region code, or {@code 000000} for the nation
 * @param year the year asked for, {@code null} for every year
 * @param workingDays the working days within which a result must be public
 * @param today the day overdue publications are judged on (China Standard Time)
 * @param rows one per sub-region and year with an inspection, by year then region
 * @param totals the region as a whole, one per year
 */
public record InspectionDashboard(String region, Integer year, int workingDays, LocalDate today,
		List<DashboardRow> rows, List<DashboardRow> totals) {

	public InspectionDashboard {
		rows = List.copyOf(rows);
		totals = List.copyOf(totals);
	}

}
