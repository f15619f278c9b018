package org.shuangsuiji.inspection.task;

import java.util.Optional;
import java.util.Set;

/**
 * evidence-service as closing a task needs it (port; its client implements it, relaying
 * the caller's token). A failing evidence-service is a 503, never a guess.
 */
public interface TaskEvidence {

	/** The task's evidence chain; no evidence recorded yet is an empty chain. */
	Chain chain(String taskId);

	/**
	 * Closes the task's evidence (idempotent in evidence-service).
	 * @return the chain's head hash, when the answer carries it
	 */
	Optional<String> close(String taskId, String note);

	/**
	 * @param kinds the kinds of the evidence not withdrawn (e.g. {@code GATE_PHOTO})
	 * @param headHash the chain's last record hash, may be {@code null}
	 */
	record Chain(Set<String> kinds, String headHash) {

		public Chain {
			kinds = Set.copyOf(kinds);
		}

	}

}
