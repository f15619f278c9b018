package org.shuangsuiji.evidence.inspection;

/**
 * Asks the owner of the tasks what the current caller may do with one (ADR 0404). Never
 * guesses: an unknown task is a 404, a task the caller may not see a 403, an owner that
 * does not answer a 503, each as a platform problem.
 */
public interface InspectionTasks {

	/**
	 * The task and the current caller's relation and rights.
	 * @throws org.shuangsuiji.platform.problem.NotFoundException {@code task-not-found}
	 * @throws org.shuangsuiji.platform.problem.OutOfScopeException when the caller may
	 * not see the task
	 * @throws org.shuangsuiji.platform.problem.DependencyUnavailableException
	 * {@code inspection-unavailable}
	 */
	TaskAccess access(String taskId);

}
