package org.shuangsuiji.inspection.plan;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * Where plans are kept. Saving checks the version (optimistic locking: a stale one is a
 * 409).
 */
public interface PlanStore {

	Optional<Plan> find(PlanId id);

	Plan save(Plan plan);

	/**
	 * Moves the plan to {@code target} in one conditional write, without reading it
	 * again: only if the stored plan is still the one read (same version, same status).
	 * @return the plan as now stored, or empty if the stored plan is no longer the one
	 * read (nothing written)
	 */
	Optional<Plan> advance(Plan read, PlanStatus target);

	/**
	 * Plans that may touch {@code region}: organised inside it, or organised by the
	 * province or city above it; callers filter further with {@link PlanAccess}.
	 */
	List<Plan> touching(RegionCode region, Integer year);

	/** Published plans, optionally of one year and inside one region, for the public. */
	List<Plan> published(RegionCode region, Integer year);

}
