package org.shuangsuiji.registry.inspection;

import java.util.List;
import java.util.Optional;

/** Where the outcomes are kept: one per task and item. */
public interface InspectionRectificationStore {

	Optional<InspectionRectification> find(String taskId, String itemId);

	/**
	 * Stores the entry in place of the one of its task and item, in one atomic step, and
	 * returns the one it replaced. An entry of the same task and item kept for another
	 * agency is never replaced (409).
	 */
	Optional<InspectionRectification> put(InspectionRectification entry);

	/** The agency's outcomes, oldest acceptance first. */
	List<InspectionRectification> ofAgency(String agencyId);

}
