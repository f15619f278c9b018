package org.shuangsuiji.registry.inspection;

/**
 * Asks inspection-service, which owns the inspections (ADR 0404), about a task as the
 * current caller: the registry never takes the organiser, plan or agency of an inspection
 * from the request that reports on it.
 */
public interface InspectionTasks {

	/**
	 * The task as inspection-service answers the current caller.
	 * @throws org.shuangsuiji.platform.problem.NotFoundException {@code task-not-found}
	 * @throws org.shuangsuiji.platform.problem.OutOfScopeException when the caller may
	 * not see the task
	 * @throws org.shuangsuiji.platform.problem.DependencyUnavailableException
	 * {@code inspection-unavailable} when inspection-service does not answer
	 */
	InspectedTask of(String taskId);

	/**
	 * What the registry needs of a task (检查任务).
	 *
	 * @param taskId the task, {@code <planId>:<agencyId>}
	 * @param planId its plan
	 * @param agencyId the inspected agency
	 * @param organisedByCaller whether the caller is a bureau organising the task's plan
	 * (inspection-service's relation {@code ORGANISER})
	 */
	record InspectedTask(String taskId, String planId, String agencyId, boolean organisedByCaller) {
	}

}
