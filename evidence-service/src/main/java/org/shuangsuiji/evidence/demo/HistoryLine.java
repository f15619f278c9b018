package org.shuangsuiji.evidence.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of the national history file ({@code history.jsonl}, issue 15): one drawn task
 * and how far its inspection got. The fields this service uses; the others are the other
 * loaders' business and ignored here.
 *
 * @param taskId inspection-service's task id, the evidence's inspection id
 * @param agencyId the inspected agency
 * @param agencyRegion its region, the evidence's region
 * @param team the task's team, inspectors first
 * @param stage {@code SCHEDULED}, {@code CLOSED} or {@code PUBLISHED}
 * @param visitDay the visit (Asia/Shanghai)
 * @param visitStart when the visit began
 * @param factSheet {@code SIGNED} or {@code REFUSED}: whether the agency signed the 事实确认单
 * @param evidence how many evidence files the team kept
 * @param seed the task's seed: times, uploaders, which tasks keep their objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryLine(String taskId, String agencyId, String agencyRegion, List<Member> team, String stage,
		LocalDate visitDay, LocalTime visitStart, String factSheet, Integer evidence, Long seed) {

	HistoryLine {
		team = (team != null) ? List.copyOf(team) : List.of();
	}

	/** Whether the team was on site ({@code CLOSED} or later). */
	boolean onSiteDone() {
		return "CLOSED".equals(this.stage) || "PUBLISHED".equals(this.stage);
	}

	boolean factSheetSigned() {
		return "SIGNED".equals(this.factSheet);
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
