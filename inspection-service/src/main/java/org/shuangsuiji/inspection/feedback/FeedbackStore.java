package org.shuangsuiji.inspection.feedback;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.PlanId;

/** Where the forms are kept, one per inspection. */
public interface FeedbackStore {

	Optional<Feedback> find(String taskId);

	/** The plan's forms (task ids start with the plan id). */
	List<Feedback> ofPlan(PlanId planId);

	/**
	 * Stores a new form.
	 * @return false when the inspection has one already
	 */
	boolean insert(Feedback feedback);

}
