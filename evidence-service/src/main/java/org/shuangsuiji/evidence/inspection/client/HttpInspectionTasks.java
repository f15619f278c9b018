package org.shuangsuiji.evidence.inspection.client;

import java.util.Locale;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.evidence.inspection.InspectionTasks;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Asks inspection-service, with the caller's token relayed, what the caller may do with a
 * task. Its 404 and 403 are passed on as they are; anything else (down, 5xx, an answer
 * that cannot be read) is 503 {@code inspection-unavailable}: evidence never guesses
 * rights.
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
				throw new NotFoundException("task-not-found", "inspection-service has no task " + taskId);
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
		return toAccess(taskId, answer);
	}

	private static TaskAccess toAccess(String taskId, InspectionClient.Access answer) {
		RegionCode region = (answer != null && answer.agencyRegion() != null)
				? RegionCode.parse(answer.agencyRegion()).orElse(null) : null;
		if (region == null || answer.agencyId() == null || !taskId.equals(answer.taskId())) {
			throw unavailable("inspection-service answered for task " + taskId + " without its agency and region");
		}
		InspectionClient.May may = answer.may();
		TaskAccess.Rights rights = (may != null)
				? new TaskAccess.Rights(may.uploadTeamEvidence(), may.uploadAgencyEvidence(), may.closeEvidence())
				: TaskAccess.Rights.NONE;
		return new TaskAccess(answer.taskId(), answer.agencyId(), region, answer.inspectionDate(), answer.status(),
				relation(answer.relation()), rights);
	}

	private static TaskAccess.Relation relation(String name) {
		if (name == null) {
			return TaskAccess.Relation.NONE;
		}
		try {
			return TaskAccess.Relation.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return TaskAccess.Relation.NONE;
		}
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("inspection-unavailable", detail)
			.with("dependency", "inspection-service");
	}

}
