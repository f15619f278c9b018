package org.shuangsuiji.inspection.disclosure;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

/** Where published results are kept, one per task, never changed once written. */
public interface PublishedResultStore {

	Optional<PublishedResult> find(String taskId);

	/**
	 * Inserts a result.
	 * @return false when the task's result is already published
	 */
	boolean insert(PublishedResult result);

	/**
	 * Published results, of one plan and of agencies inside one region where given, by
	 * task id.
	 */
	List<PublishedResult> find(PlanId planId, RegionCode region, int limit);

}
