package org.shuangsuiji.inspection.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A province's dashboard figures of one plan year, as stored for the national view. The
 * plan and agency ids are kept (not only counted) so that the nation's totals count each
 * once; the unpublished visit days are kept (not judged) because whether one is overdue
 * depends on the day the view is read.
 *
 * @param cell the province and year
 * @param plans plans that inspected an agency of the province
 * @param agencies agencies inspected
 * @param inspections tasks, withdrawn ones not counted
 * @param closed tasks whose on-site work is closed
 * @param conclusions conclusions recorded
 * @param findings findings of the conclusions' official sheets
 * @param items rectification items set
 * @param accepted rectification items accepted
 * @param published results published
 * @param unpublishedVisits visit days of the inspections whose result is not public yet
 */
public record NationalTally(ProvinceYear cell, Set<String> plans, Set<String> agencies, long inspections, long closed,
		long conclusions, long findings, long items, long accepted, long published, List<LocalDate> unpublishedVisits) {

	public NationalTally {
		plans = Set.copyOf(plans);
		agencies = Set.copyOf(agencies);
		unpublishedVisits = List.copyOf(unpublishedVisits);
	}

	/**
	 * No inspection of the province that year (every task withdrawn, or none): no row.
	 */
	public boolean empty() {
		return this.inspections == 0;
	}

}
