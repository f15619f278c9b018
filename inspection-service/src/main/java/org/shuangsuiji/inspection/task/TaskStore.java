package org.shuangsuiji.inspection.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

/** Where tasks are kept; every save checks the version. */
public interface TaskStore {

	Optional<InspectionTask> find(String id);

	/** The plan's tasks by id. */
	List<InspectionTask> ofPlan(PlanId planId);

	/**
	 * Tasks of agencies inside {@code region}, newest plan year first, at most
	 * {@code limit}.
	 */
	List<InspectionTask> inRegion(RegionCode region, Integer year, int limit);

	/**
	 * Tasks with the person on the team, newest plan year first, at most {@code limit}.
	 */
	List<InspectionTask> withMember(String personId, Integer year, int limit);

	/** The agency's tasks, newest plan year first. */
	List<InspectionTask> ofAgency(String agencyId);

	/** Tasks (not withdrawn) of one year for the given agencies: last year's visits. */
	List<InspectionTask> ofYear(int year, Collection<String> agencyIds);

	InspectionTask save(InspectionTask task);

	/**
	 * Inserts a new task.
	 * @return false when a task with its id is already there
	 */
	boolean insert(InspectionTask task);

	/**
	 * Inserts new tasks in one write, in order.
	 * @return false when one of them was already there: the tasks before it are inserted,
	 * those after it may not be (insert them one by one then)
	 */
	boolean insertAll(List<InspectionTask> tasks);

}
