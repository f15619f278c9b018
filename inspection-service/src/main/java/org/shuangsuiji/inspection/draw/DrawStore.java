package org.shuangsuiji.inspection.draw;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.PlanId;

/**
 * Where draw records are kept, one per plan. The first save inserts (a second commitment
 * for the same plan is a 409); later saves check the version, so two operators drawing or
 * replacing at once cannot both win.
 */
public interface DrawStore {

	Optional<DrawRecord> find(PlanId planId);

	/** Ids of the plans that have been drawn. */
	List<PlanId> drawnPlanIds();

	DrawRecord save(DrawRecord record);

}
