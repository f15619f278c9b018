package org.shuangsuiji.platform.web.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What inspection-service says of a task (检查任务: one agency of one plan) and of the caller
 * who asked (ADR 0404). A consumer keeps what it needs in its own feature's type.
 *
 * @param taskId the task id, {@code <planId>:<agencyId>}: the inspection id of sheets and
 * evidence
 * @param planId the plan
 * @param year the plan's year
 * @param planRegion the organising bureau's region, {@code null} when not sent
 * @param agencyId the inspected agency
 * @param agencyName its name
 * @param agencyRegion its region: the scope of the task's records
 * @param templateId the scoring template the plan uses
 * @param templateVersion its version
 * @param inspectionDate the day of the on-site inspection (Asia/Shanghai), {@code null}
 * while not scheduled
 * @param status the task's on-site state, as inspection-service names it
 * @param team the current team (after replacements)
 * @param relation how the caller stands to the task
 * @param may what the caller may do now
 */
public record InspectionTaskAccess(String taskId, String planId, int year, RegionCode planRegion, String agencyId,
		String agencyName, RegionCode agencyRegion, String templateId, int templateVersion, LocalDate inspectionDate,
		String status, List<Member> team, Relation relation, Rights may) {

	public InspectionTaskAccess {
		team = (team != null) ? List.copyOf(team) : List.of();
		relation = (relation != null) ? relation : Relation.OTHER;
		may = (may != null) ? may : Rights.NONE;
	}

	/** How the caller stands to a task. */
	public enum Relation {

		/** A member of the task's current team (检查组成员). */
		TEAM,

		/** The city or province bureau that organises the plan. */
		ORGANISER,

		/** Another bureau covering the agency (a county). */
		BUREAU,

		/** The inspected agency's own account. */
		AGENCY,

		/** Any other name inspection-service sends: grants nothing. */
		OTHER;

		/** The relation inspection-service names, {@link #OTHER} for one unknown here. */
		public static Relation named(String name) {
			if (name == null) {
				return OTHER;
			}
			try {
				return valueOf(name.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return OTHER;
			}
		}

	}

	/** One member of the current team: {@code INSPECTOR} or {@code EXPERT}. */
	public record Member(String kind, String personId, String name) {

	}

	/**
	 * The caller's rights, decided by inspection-service from the relation and the task's
	 * state.
	 *
	 * @param answer answer the task's score sheets (a team member while checking)
	 * @param uploadTeamEvidence upload team evidence (a team member from check-in up to
	 * closing)
	 * @param uploadAgencyEvidence upload agency evidence (the agency from the notice time
	 * on)
	 * @param closeEvidence close the task's evidence (a team member or the organiser once
	 * the fact sheet is signed or refused)
	 */
	public record Rights(boolean answer, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
			boolean closeEvidence) {

		public static final Rights NONE = new Rights(false, false, false, false);

	}

}
