package org.shuangsuiji.inspection.task;

/**
 * What a caller may do on a task in other services (ADR 0404, the {@code may} of the
 * access answer).
 *
 * @param answer fill in the scoring sheet: a team member while checking in, checking or
 * discussing findings
 * @param uploadTeamEvidence upload the team's evidence: a team member from check-in up to
 * closing
 * @param uploadAgencyEvidence upload the agency's evidence: the agency's account, closed
 * or not
 * @param closeEvidence close the evidence chain: a team member or the organiser once the
 * fact sheet was signed or refused
 */
public record TaskRights(boolean answer, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
		boolean closeEvidence) {

	public static TaskRights of(TaskRelation relation, TaskStatus status) {
		boolean team = relation == TaskRelation.TEAM;
		boolean answering = status == TaskStatus.CHECKED_IN || status == TaskStatus.CHECKING
				|| status == TaskStatus.FINDINGS_DISCUSSED;
		boolean onSite = answering || status == TaskStatus.FACT_SHEET_ISSUED || status == TaskStatus.FACT_SHEET_SIGNED
				|| status == TaskStatus.FACT_SHEET_REFUSED;
		boolean closing = status == TaskStatus.FACT_SHEET_SIGNED || status == TaskStatus.FACT_SHEET_REFUSED
				|| status == TaskStatus.CLOSED;
		return new TaskRights(team && answering, team && onSite, relation == TaskRelation.AGENCY,
				(team || relation == TaskRelation.ORGANISER) && closing);
	}

}
