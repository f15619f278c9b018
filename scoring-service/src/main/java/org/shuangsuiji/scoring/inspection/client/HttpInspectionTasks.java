package org.shuangsuiji.scoring.inspection.client;

import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionTaskAccess;
import org.shuangsuiji.scoring.inspection.InspectionTasks;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * The port answered by platform-web's client of inspection-service (404 and 403 passed
 * on, anything else 503 {@code inspection-unavailable}), kept to what a sheet reads: the
 * plan, the agency, the template and whether the caller may answer.
 */
public class HttpInspectionTasks implements InspectionTasks {

	private final InspectionAccess inspection;

	public HttpInspectionTasks(InspectionAccess inspection) {
		this.inspection = inspection;
	}

	@Override
	public TaskAccess access(String taskId) {
		InspectionTaskAccess answer = this.inspection.access(taskId);
		return new TaskAccess(answer.taskId(), answer.planId(), answer.year(), answer.planRegion(), answer.agencyId(),
				answer.agencyName(), answer.agencyRegion(), answer.templateId(), answer.templateVersion(),
				answer.status(), relation(answer.relation()), answer.may().answer());
	}

	/** The same names on both sides. */
	private static TaskAccess.Relation relation(InspectionTaskAccess.Relation relation) {
		return TaskAccess.Relation.valueOf(relation.name());
	}

}
