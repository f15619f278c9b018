package org.shuangsuiji.inspection.task;

/** Where a task is. Later stages (on site, concluded) belong to the execution feature. */
public enum TaskStatus {

	/** Drawn, no date yet. */
	PLANNED,
	/** Date and notification time set. */
	SCHEDULED,
	/** The agency was replaced in the draw; the task stays for the record. */
	WITHDRAWN

}
