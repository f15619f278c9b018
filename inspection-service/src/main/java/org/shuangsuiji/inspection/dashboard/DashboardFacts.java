package org.shuangsuiji.inspection.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.region.Area;

/**
 * The stored facts the dashboard counts, grouped by the inspected agency's region and the
 * plan year. Every method reads only inspections (tasks, not withdrawn) of agencies
 * inside {@code region} (the nation or a region), of {@code year} when given.
 */
public interface DashboardFacts {

	/**
	 * Every province and plan year with a task (withdrawn ones too), whatever the region:
	 * the national view's cells.
	 */
	List<ProvinceYear> provinceYears();

	/** Plans, inspections, agencies and closed inspections. */
	List<TaskTally> tasks(Area region, Integer year);

	/**
	 * Findings of the conclusions' official sheets: {@code count} conclusions,
	 * {@code sum} findings.
	 */
	List<Tally> findings(Area region, Integer year);

	/** Rectification items: {@code count} items, {@code sum} of them accepted. */
	List<Tally> rectifications(Area region, Integer year);

	/** Published results: {@code count} published. */
	List<Tally> publications(Area region, Integer year);

	/**
	 * Visited inspections whose result is not public yet (neither published nor the plan
	 * disclosed), with the visit day the publication deadline counts from.
	 */
	List<Visit> unpublishedVisits(Area region, Integer year);

	/**
	 * @param agencyRegion the inspected agencies' region
	 * @param year the plan year
	 * @param planIds the plans that inspected them
	 * @param agencyIds the agencies inspected
	 * @param inspections tasks not withdrawn
	 * @param closed tasks whose on-site work is closed
	 */
	record TaskTally(String agencyRegion, int year, Set<String> planIds, Set<String> agencyIds, long inspections,
			long closed) {

		public TaskTally {
			planIds = Set.copyOf(planIds);
			agencyIds = Set.copyOf(agencyIds);
		}

	}

	/** Two counts of one agency region and year. */
	record Tally(String agencyRegion, int year, long count, long sum) {
	}

	/** One visit whose result is not public yet. */
	record Visit(String agencyRegion, int year, LocalDate day) {
	}

}
