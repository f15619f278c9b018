package org.shuangsuiji.inspection.conclusion;

import java.util.Optional;

/** The official score sheet's result, read from scoring-service as the caller. */
public interface SheetResults {

	/**
	 * The recommendation of the task's submitted OFFICIAL sheet; empty while there is
	 * none.
	 */
	Optional<Recommendation> officialOf(String taskId);

}
