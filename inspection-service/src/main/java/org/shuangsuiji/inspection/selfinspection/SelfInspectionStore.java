package org.shuangsuiji.inspection.selfinspection;

import java.util.List;
import java.util.Optional;

/** Where reports are kept, one per agency and plan. */
public interface SelfInspectionStore {

	Optional<SelfInspection> find(String planId, String agencyId);

	List<SelfInspection> ofPlan(String planId);

	/** The agency's reports, any plan. */
	List<SelfInspection> ofAgency(String agencyId);

	/**
	 * Stores a new report.
	 * @return false when the agency has one for the plan already
	 */
	boolean insert(SelfInspection report);

}
