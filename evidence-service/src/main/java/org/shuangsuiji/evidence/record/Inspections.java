package org.shuangsuiji.evidence.record;

import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;

/** The inspections evidence has been recorded for. */
public interface Inspections {

	Optional<Inspection> find(String inspectionId);

	/**
	 * Returns the inspection, registering it with its task's agency and region if it is
	 * new. An existing inspection keeps the agency and region it was registered with.
	 */
	Inspection register(String inspectionId, RegionCode region, String agencyId);

	/**
	 * Sets the closure unless the inspection is closed already; returns the stored state.
	 */
	Inspection close(String inspectionId, Closure closure);

}
