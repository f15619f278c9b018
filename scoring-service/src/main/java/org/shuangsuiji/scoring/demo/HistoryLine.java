package org.shuangsuiji.scoring.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of the national history file ({@code history.jsonl}, issue 15): one drawn task
 * and how far its inspection got. The fields this service uses; the others (fact sheet,
 * rectification, publication, evidence) are the other loaders' business and ignored here.
 *
 * @param taskId inspection-service's task id, the sheet's {@code inspectionId}
 * @param year the plan year, the sheet's year
 * @param planRegion the organising bureau's region
 * @param agencyId the inspected agency
 * @param agencyName its name
 * @param agencyRegion its region, the sheet's region
 * @param templateId the plan's template
 * @param templateVersion the plan's template version; the generator's plans use version
 * 1, which is taken when the line does not name one
 * @param templateKind {@code CHECKLIST} or {@code DEDUCTION}, checked against the
 * template
 * @param team the task's team, inspectors first
 * @param organiser the organising bureau's account name
 * @param stage {@code SCHEDULED}, {@code CLOSED} or {@code PUBLISHED}
 * @param visitDay the visit (Asia/Shanghai)
 * @param visitStart when the visit began
 * @param findings how many items (checklist) or deduction rules (points table) the
 * official sheet finds wanting
 * @param seed the task's seed: which items, what times
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryLine(String taskId, Integer year, String planRegion, String agencyId, String agencyName,
		String agencyRegion, String templateId, Integer templateVersion, String templateKind, List<Member> team,
		String organiser, String stage, LocalDate visitDay, LocalTime visitStart, Integer findings, Long seed) {

	HistoryLine {
		team = (team != null) ? List.copyOf(team) : List.of();
	}

	/**
	 * Whether the official sheet was submitted on the visit ({@code CLOSED} or later).
	 */
	boolean onSiteDone() {
		return "CLOSED".equals(this.stage) || "PUBLISHED".equals(this.stage);
	}

	/**
	 * A member of the team.
	 *
	 * @param kind {@code INSPECTOR} or {@code EXPERT}
	 * @param personId the registry person
	 * @param name their name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Member(String kind, String personId, String name) {

	}

}
