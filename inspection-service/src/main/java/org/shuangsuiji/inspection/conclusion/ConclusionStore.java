package org.shuangsuiji.inspection.conclusion;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.PlanId;

/** Where conclusions are kept, one per task; every save checks the version. */
public interface ConclusionStore {

	Optional<Conclusion> find(String taskId);

	/**
	 * Conclusions whose provincial review is in the given state, oldest task id first.
	 */
	List<Conclusion> withReview(ReviewStatus status);

	List<Conclusion> ofPlan(PlanId planId);

	Conclusion save(Conclusion conclusion);

}
