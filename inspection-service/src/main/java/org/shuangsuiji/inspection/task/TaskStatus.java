package org.shuangsuiji.inspection.task;

import java.util.Set;

/**
 * Where a task is: the draw and scheduling, then the on-site steps of seed 000 附件2 (ADR
 * 0404). Each step after {@link #SCHEDULED} follows the one before it.
 */
public enum TaskStatus {

	/** Drawn, no date yet. */
	PLANNED,
	/** Date and notification time set (通知时间 no earlier than 24 hours before). */
	SCHEDULED,
	/** The team arrived (检查组抵达), from the notice time on. */
	CHECKED_IN,
	/** Checking item by item after the opening meeting (见面会后逐项检查). */
	CHECKING,
	/** The team's internal discussion fixed the main findings (内部讨论，汇总并确定主要检查发现问题). */
	FINDINGS_DISCUSSED,
	/** The 事实确认单 was printed and handed to the agency. */
	FACT_SHEET_ISSUED,
	/** The agency signed the 事实确认单. */
	FACT_SHEET_SIGNED,
	/** The agency refused to sign; the team keeps the evidence (拒绝签字，保存好证据材料). */
	FACT_SHEET_REFUSED,
	/** On-site work finished: photos, sheet and evidence sealed. */
	CLOSED,
	/** The agency was replaced in the draw; the task stays for the record. */
	WITHDRAWN;

	/**
	 * The states an on-site step to this one starts from; empty for the states no on-site
	 * step reaches ({@link #PLANNED}, {@link #SCHEDULED}, {@link #WITHDRAWN}).
	 */
	public Set<TaskStatus> reachedFrom() {
		return switch (this) {
			case CHECKED_IN -> Set.of(SCHEDULED);
			case CHECKING -> Set.of(CHECKED_IN);
			case FINDINGS_DISCUSSED -> Set.of(CHECKING);
			case FACT_SHEET_ISSUED -> Set.of(FINDINGS_DISCUSSED);
			case FACT_SHEET_SIGNED, FACT_SHEET_REFUSED -> Set.of(FACT_SHEET_ISSUED);
			case CLOSED -> Set.of(FACT_SHEET_SIGNED, FACT_SHEET_REFUSED);
			case PLANNED, SCHEDULED, WITHDRAWN -> Set.of();
		};
	}

}
