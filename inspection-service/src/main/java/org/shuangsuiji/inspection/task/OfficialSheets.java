package org.shuangsuiji.inspection.task;

import java.util.Optional;

/**
 * scoring-service as closing a task needs it (port; its client implements it, relaying
 * the caller's token): the task's official score sheet. A failing scoring-service is a
 * 503, never a guess.
 */
public interface OfficialSheets {

	/** The task's official sheet, if one was created. */
	Optional<OfficialSheet> of(String taskId);

	/**
	 * @param id the sheet id
	 * @param submitted whether it was submitted
	 * @param resultHash the hash of its result, {@code null} unless submitted
	 */
	record OfficialSheet(String id, boolean submitted, String resultHash) {
	}

}
