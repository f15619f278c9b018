package org.shuangsuiji.inspection.dashboard;

/**
 * One region's figures of one plan year.
 *
 * @param region the sub-region (or the asked region, for a total)
 * @param year the plan year
 * @param plans plans that inspected an agency of the region
 * @param inspections inspections, withdrawn ones not counted
 * @param agenciesInspected distinct agencies inspected
 * @param inspectionsClosed inspections whose on-site work is closed
 * @param conclusions inspections with a recorded conclusion
 * @param findings problems found, summed over the conclusions' official sheets
 * @param findingsPerAgency findings per inspected agency, {@code null} without one
 * @param rectificationItems rectification items set (整改事项)
 * @param rectificationAccepted items the bureau accepted as put right
 * @param rectificationCompletion accepted per item set, {@code null} without an item
 * @param resultsPublished results published (一公开)
 * @param publicationsOverdue visited inspections whose result is still not public more
 * than 20 working days after the visit; {@code null} when the official calendar does not
 * hold a year needed to tell
 */
public record DashboardRow(String region, int year, long plans, long inspections, long agenciesInspected,
		long inspectionsClosed, long conclusions, long findings, Double findingsPerAgency, long rectificationItems,
		long rectificationAccepted, Double rectificationCompletion, long resultsPublished, Long publicationsOverdue) {

}
