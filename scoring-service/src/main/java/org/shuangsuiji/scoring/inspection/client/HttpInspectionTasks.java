package org.shuangsuiji.scoring.inspection.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.inspection.InspectionTasks;
import org.shuangsuiji.scoring.inspection.TaskAccess;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Asks inspection-service for a task's access answer. Its 404 and 403 are passed on as
 * they are (ADR 0404); anything else that goes wrong is 503
 * {@code inspection-unavailable}, never a guess in either direction.
 */
public class HttpInspectionTasks implements InspectionTasks {

	private final InspectionCalls calls;

	public HttpInspectionTasks(InspectionCalls calls) {
		this.calls = calls;
	}

	@Override
	public TaskAccess access(String taskId) {
		InspectionClient.Access answer;
		try {
			answer = this.calls.access(taskId);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw (NotFoundException) new NotFoundException("task-not-found",
						"inspection-service has no task " + taskId)
					.with("inspectionId", taskId);
			}
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
				throw new OutOfScopeException("inspection-service does not let the caller see task " + taskId);
			}
			throw unavailable("inspection-service refused the request: " + ex.getStatusCode());
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("inspection-service is failing; its circuit breaker is open, try again later");
		}
		catch (RestClientException ex) {
			throw unavailable("inspection-service did not answer: " + ex.getMessage());
		}
		return toDomain(taskId, answer);
	}

	private static TaskAccess toDomain(String taskId, InspectionClient.Access answer) {
		if (answer == null || answer.agencyId() == null || answer.agencyRegion() == null || answer.templateId() == null
				|| answer.templateVersion() == null || answer.year() == null) {
			throw unavailable("inspection-service answered task " + taskId + " without agency, template or year");
		}
		try {
			return new TaskAccess((answer.taskId() != null) ? answer.taskId() : taskId, answer.planId(), answer.year(),
					(answer.planRegion() != null) ? RegionCode.of(answer.planRegion()) : null, answer.agencyId(),
					answer.agencyName(), RegionCode.of(answer.agencyRegion()), answer.templateId(),
					answer.templateVersion(), answer.status(), relation(answer.relation()),
					answer.may() != null && answer.may().answer());
		}
		catch (IllegalArgumentException ex) {
			throw unavailable("inspection-service answered task " + taskId + " with a bad region: " + ex.getMessage());
		}
	}

	private static TaskAccess.Relation relation(String relation) {
		if (relation == null) {
			return TaskAccess.Relation.OTHER;
		}
		try {
			return TaskAccess.Relation.valueOf(relation);
		}
		catch (IllegalArgumentException ex) {
			return TaskAccess.Relation.OTHER;
		}
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("inspection-unavailable", detail)
			.with("dependency", "inspection-service");
	}

}
