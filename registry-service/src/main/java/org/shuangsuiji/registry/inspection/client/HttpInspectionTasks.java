package org.shuangsuiji.registry.inspection.client;

import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionTaskAccess;
import org.shuangsuiji.registry.inspection.InspectionTasks;

/**
 * The port answered by platform-web's client of inspection-service's access endpoint (404
 * and 403 passed on, anything else 503 {@code inspection-unavailable}), the caller's
 * token relayed.
 */
public class HttpInspectionTasks implements InspectionTasks {

	private final InspectionAccess inspection;

	public HttpInspectionTasks(InspectionAccess inspection) {
		this.inspection = inspection;
	}

	@Override
	public InspectedTask of(String taskId) {
		InspectionTaskAccess answer = this.inspection.access(taskId);
		return new InspectedTask(answer.taskId(), answer.planId(), answer.agencyId(),
				answer.relation() == InspectionTaskAccess.Relation.ORGANISER);
	}

}
