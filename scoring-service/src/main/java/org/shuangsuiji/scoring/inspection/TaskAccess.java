package org.shuangsuiji.scoring.inspection;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * A task (检查任务: one agency of one plan) as inspection-service describes it to the caller,
 * and what the caller may do with it.
 *
 * @param taskId the task id ({@code <planId>:<agencyId>}), a sheet's {@code inspectionId}
 * @param planId the plan
 * @param year the plan's year
 * @param planRegion the region of the organising bureau
 * @param agencyId the inspected agency
 * @param agencyName its name
 * @param agencyRegion its region: a sheet's scope follows it
 * @param templateId the scoring template the plan uses
 * @param templateVersion its version
 * @param status the task's on-site state
 * @param relation how the caller stands to the task
 * @param mayAnswer whether the caller may answer the task's sheets now (a team member
 * while checking)
 */
public record TaskAccess(String taskId, String planId, int year, RegionCode planRegion, String agencyId,
		String agencyName, RegionCode agencyRegion, String templateId, int templateVersion, String status,
		Relation relation, boolean mayAnswer) {

	/** Whether the caller is on the task's current team. */
	public boolean onTeam() {
		return this.relation == Relation.TEAM;
	}

	/** How the caller stands to a task. */
	public enum Relation {

		/** A current team member (检查组成员). */
		TEAM,
		/** The city or province bureau that organises the plan. */
		ORGANISER,
		/** Another bureau covering the agency (a county). */
		BUREAU,
		/** The inspected agency's account. */
		AGENCY,
		/** A relation this service does not know yet: grants nothing. */
		OTHER

	}

}
