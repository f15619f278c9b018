package org.shuangsuiji.inspection.task;

/** How a caller stands to a task (ADR 0404); rights follow from it. */
public enum TaskRelation {

	/** On the task's current team with the account's kind (inspector or expert). */
	TEAM,
	/** A city or province bureau covering the plan's organising region. */
	ORGANISER,
	/** Another bureau covering the agency (a county). */
	BUREAU,
	/** The inspected agency's own account, from the notice time on. */
	AGENCY

}
