package org.shuangsuiji.scoring.inspection;

/**
 * Asks inspection-service about a task (the inspection a sheet belongs to), as the
 * current caller: the answer is already scoped to them.
 */
public interface InspectionTasks {

	/**
	 * The task and the caller's rights on it.
	 * @throws org.shuangsuiji.platform.problem.NotFoundException {@code task-not-found}
	 * when there is no such task
	 * @throws org.shuangsuiji.platform.problem.OutOfScopeException when the caller may
	 * not see it
	 * @throws org.shuangsuiji.platform.problem.DependencyUnavailableException
	 * {@code inspection-unavailable} when inspection-service does not answer
	 */
	TaskAccess access(String taskId);

}
