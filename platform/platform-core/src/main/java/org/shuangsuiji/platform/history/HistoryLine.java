package org.shuangsuiji.platform.history;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One line of the national history file ({@code history.jsonl}, issue 15): one drawn task
 * and how far its inspection got, as national-data writes it and the services' history
 * loaders read it (national-data README, "On-site history"). Field names and order are
 * the contract. Numbers are boxed so that a loader can tell a missing field from zero.
 * Plain Java: the readers' Jackson (3) takes the ISO days and times and passes over
 * fields it does not know; the writer's mapper says how it writes (national-data
 * {@code HistoryWriter}).
 *
 * @param taskId inspection-service's task id ({@code <planId>:<agencyId>})
 * @param planId its plan
 * @param year the plan year
 * @param planRegion the organising bureau's region
 * @param agencyId the inspected agency
 * @param agencyName its name
 * @param agencyRegion its region
 * @param templateId the plan's template
 * @param templateVersion the plan's template version, optional: the generator does not
 * write it (its plans use version 1)
 * @param templateKind {@code CHECKLIST} or {@code DEDUCTION}
 * @param team the task's team, inspectors first
 * @param organiser the organising bureau's account name (bureau-410700)
 * @param stage {@code SCHEDULED}, {@code CLOSED} or {@code PUBLISHED}
 * @param visitDay the visit (Asia/Shanghai)
 * @param visitStart when the visit began ({@code "09:00"})
 * @param findings items (checklist) or deduction rules (points table) the official sheet
 * finds wanting
 * @param factSheet {@code SIGNED} or {@code REFUSED}: whether the agency signed the 事实确认单
 * @param rectified with findings: every rectification item accepted, or some left open
 * @param publishedDay the day the result was published; null when not published
 * @param evidence how many evidence files the team kept
 * @param seed the task's seed: the inspection's details in every loader
 */
public record HistoryLine(String taskId, String planId, Integer year, String planRegion, String agencyId,
		String agencyName, String agencyRegion, String templateId, Integer templateVersion, String templateKind,
		List<Member> team, String organiser, String stage, LocalDate visitDay, LocalTime visitStart, Integer findings,
		String factSheet, Boolean rectified, LocalDate publishedDay, Integer evidence, Long seed) {

	/** Stage of a task whose visit is set and nothing happened on site. */
	public static final String SCHEDULED = "SCHEDULED";

	/** Stage of a task carried out and concluded, not published. */
	public static final String CLOSED = "CLOSED";

	/** Stage of a task whose result was published (一公开). */
	public static final String PUBLISHED = "PUBLISHED";

	public HistoryLine {
		team = (team != null) ? List.copyOf(team) : List.of();
	}

	/**
	 * Whether the team was on site and the official sheet submitted ({@code CLOSED} or
	 * later).
	 */
	public boolean onSiteDone() {
		return CLOSED.equals(this.stage) || PUBLISHED.equals(this.stage);
	}

	/** Whether the result was published. */
	public boolean published() {
		return PUBLISHED.equals(this.stage);
	}

	/** Whether the agency signed the fact sheet (事实确认单). */
	public boolean factSheetSigned() {
		return "SIGNED".equals(this.factSheet);
	}

	/**
	 * A member of the team, as the task list answers it.
	 *
	 * @param kind {@code INSPECTOR} or {@code EXPERT}
	 * @param personId the registry person
	 * @param name their name
	 * @param lawEnforcementCertNo an inspector's law enforcement certificate number,
	 * empty for an expert
	 */
	public record Member(String kind, String personId, String name, String lawEnforcementCertNo) {

	}

}
