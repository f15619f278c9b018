package org.shuangsuiji.platform.web.inspection;

import java.util.List;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.web.client.DependencyCalls;

import org.springframework.http.HttpStatus;

/**
 * Asks inspection-service, as the current caller (the token is relayed), what the caller
 * may do with a task (ADR 0404). Its 404 stays 404 ({@code task-not-found}) and its 403
 * stays 403; anything else that goes wrong, an answer without the task's agency, region,
 * template or year included, is 503 {@code inspection-unavailable}: rights are never
 * guessed in either direction.
 */
public class InspectionAccess {

	private static final DependencyCalls INSPECTION = new DependencyCalls("inspection-service",
			"inspection-unavailable");

	private final InspectionAccessClient client;

	/**
	 * @param client the HTTP service group {@code inspection}'s client, whose requests go
	 * through the Resilience4j instances {@code inspection}
	 */
	public InspectionAccess(InspectionAccessClient client) {
		this.client = client;
	}

	/**
	 * The task and the current caller's relation and rights.
	 * @throws NotFoundException {@code task-not-found}
	 * @throws OutOfScopeException when the caller may not see the task
	 * @throws DependencyUnavailableException {@code inspection-unavailable}
	 */
	public InspectionTaskAccess access(String taskId) {
		InspectionAccessClient.Access answer = INSPECTION.call(() -> this.client.access(taskId), (status) -> {
			if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw new NotFoundException("task-not-found", "inspection-service has no task " + taskId)
					.with("inspectionId", taskId);
			}
			if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
				throw new OutOfScopeException("inspection-service does not let the caller see task " + taskId);
			}
			throw INSPECTION.refused(status);
		});
		return toAccess(taskId, answer);
	}

	private static InspectionTaskAccess toAccess(String taskId, InspectionAccessClient.Access answer) {
		if (answer == null || answer.agencyId() == null || answer.templateId() == null
				|| answer.templateVersion() == null || answer.year() == null
				|| (answer.taskId() != null && !taskId.equals(answer.taskId()))) {
			throw INSPECTION.unavailable(
					"inspection-service answered for task " + taskId + " without its agency, template or year");
		}
		RegionCode agencyRegion = region(taskId, answer.agencyRegion());
		if (agencyRegion == null) {
			throw INSPECTION.unavailable("inspection-service answered for task " + taskId + " without its region");
		}
		InspectionAccessClient.May may = answer.may();
		InspectionTaskAccess.Rights rights = (may != null) ? new InspectionTaskAccess.Rights(may.answer(),
				may.uploadTeamEvidence(), may.uploadAgencyEvidence(), may.closeEvidence())
				: InspectionTaskAccess.Rights.NONE;
		List<InspectionTaskAccess.Member> team = (answer.team() != null) ? answer.team()
			.stream()
			.map((m) -> new InspectionTaskAccess.Member(m.kind(), m.personId(), m.name()))
			.toList() : List.of();
		return new InspectionTaskAccess(taskId, answer.planId(), answer.year(), region(taskId, answer.planRegion()),
				answer.agencyId(), answer.agencyName(), agencyRegion, answer.templateId(), answer.templateVersion(),
				answer.inspectionDate(), answer.status(), team, InspectionTaskAccess.Relation.named(answer.relation()),
				rights);
	}

	/**
	 * A region as sent, {@code null} when not sent; one that is not a region code is a
	 * 503.
	 */
	private static RegionCode region(String taskId, String code) {
		if (code == null) {
			return null;
		}
		return RegionCode.parse(code)
			.orElseThrow(() -> INSPECTION
				.unavailable("inspection-service answered for task " + taskId + " with a bad region: " + code));
	}

}
