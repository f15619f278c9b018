package org.shuangsuiji.inspection.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of the national history file ({@code history.jsonl}, issue 15): how far one
 * drawn task got, decided by the generator. Only the fields this service uses are read.
 *
 * @param taskId the task ({@code <planId>:<agencyId>})
 * @param planId its plan
 * @param year the plan year
 * @param agencyId the drawn agency
 * @param team the task's team as the generator read it, inspectors first
 * @param organiser the organising city's account name (bureau-410700)
 * @param stage how far the inspection got
 * @param visitDay the day of the visit (China Standard Time)
 * @param visitStart when it starts
 * @param findings items (or deduction rules) the official sheet finds wanting
 * @param factSheet whether the agency signed the 事实确认单 or refused
 * @param rectified with findings: every rectification item accepted, or some left open
 * @param publishedDay the day the result was published, {@code PUBLISHED} only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryLine(String taskId, String planId, int year, String agencyId, List<Member> team, String organiser,
		Stage stage, LocalDate visitDay, LocalTime visitStart, int findings, FactSheetAnswer factSheet,
		Boolean rectified, LocalDate publishedDay) {

	HistoryLine {
		team = (team != null) ? List.copyOf(team) : List.of();
	}

	/** A member of the team. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Member(String kind, String personId, String name) {
	}

	/** How far the inspection got; each stage includes the ones before it. */
	enum Stage {

		/** The visit is set, nothing on site yet. */
		SCHEDULED,
		/** On site done, sheet submitted, conclusion decided, not published. */
		CLOSED,
		/** All of it and the result published (一公开). */
		PUBLISHED;

		boolean reaches(Stage other) {
			return compareTo(other) >= 0;
		}

	}

	/** The agency's answer to the fact sheet. */
	enum FactSheetAnswer {

		SIGNED, REFUSED

	}

}
