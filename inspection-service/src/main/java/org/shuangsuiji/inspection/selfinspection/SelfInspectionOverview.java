package org.shuangsuiji.inspection.selfinspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's reports for its organiser: what came in, which came late, which drawn agencies
 * have none.
 *
 * @param planId the plan
 * @param due the due date
 * @param reports the reports in
 * @param missing agencies of the plan without a report, as {@code agencyId} and name
 * @param overdue whether the due date has passed, so missing ones are late already
 */
public record SelfInspectionOverview(String planId, LocalDate due, List<SelfInspection> reports,
		List<MissingReport> missing, boolean overdue) {

	/** A drawn agency without a report. */
	public record MissingReport(String agencyId, String agencyName) {
	}

}
