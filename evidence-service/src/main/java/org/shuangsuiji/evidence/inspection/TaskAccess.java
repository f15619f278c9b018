package org.shuangsuiji.evidence.inspection;

import java.time.LocalDate;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What inspection-service says of a task and of the caller who asked (ADR 0404).
 *
 * @param taskId the task id, {@code <planId>:<agencyId>}; evidence's inspection id
 * @param agencyId the inspected agency
 * @param agencyRegion the inspected agency's region: the evidence's region
 * @param inspectionDate the day of the on-site inspection (Asia/Shanghai), {@code null}
 * while not scheduled
 * @param status the task's state, as inspection-service names it
 * @param relation how the caller stands to the task
 * @param may what the caller may do with the task's evidence
 */
public record TaskAccess(String taskId, String agencyId, RegionCode agencyRegion, LocalDate inspectionDate,
		String status, Relation relation, Rights may) {

	public TaskAccess {
		relation = (relation != null) ? relation : Relation.NONE;
		may = (may != null) ? may : Rights.NONE;
	}

	/** How the caller stands to the task. */
	public enum Relation {

		/** A member of the task's current team (after replacements). */
		TEAM,

		/** The city or province bureau covering the plan's region. */
		ORGANISER,

		/** Another bureau covering the agency (a county). */
		BUREAU,

		/** The inspected agency's own account. */
		AGENCY,

		/** Anything else inspection-service names: no right to the evidence. */
		NONE

	}

	/**
	 * The caller's rights on the task's evidence, decided by inspection-service from the
	 * relation and the task's state.
	 *
	 * @param uploadTeamEvidence a team member from check-in up to closing
	 * @param uploadAgencyEvidence the agency from the notice time on, closing included
	 * @param closeEvidence a team member or the organiser once the fact sheet is signed
	 * or refused
	 */
	public record Rights(boolean uploadTeamEvidence, boolean uploadAgencyEvidence, boolean closeEvidence) {

		public static final Rights NONE = new Rights(false, false, false);

	}

}
