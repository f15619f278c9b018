package org.shuangsuiji.evidence.inspection.client;

import org.shuangsuiji.evidence.inspection.InspectionTasks;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.web.inspection.InspectionAccess;
import org.shuangsuiji.platform.web.inspection.InspectionTaskAccess;

/**
 * The port answered by platform-web's client of inspection-service (404 and 403 passed
 * on, anything else 503 {@code inspection-unavailable}), kept to what evidence reads: the
 * agency, its region, the day and the evidence rights.
 */
public class HttpInspectionTasks implements InspectionTasks {

	private final InspectionAccess inspection;

	public HttpInspectionTasks(InspectionAccess inspection) {
		this.inspection = inspection;
	}

	@Override
	public TaskAccess access(String taskId) {
		InspectionTaskAccess answer = this.inspection.access(taskId);
		InspectionTaskAccess.Rights may = answer.may();
		return new TaskAccess(answer.taskId(), answer.agencyId(), answer.agencyRegion(), answer.inspectionDate(),
				answer.status(), relation(answer.relation()),
				new TaskAccess.Rights(may.uploadTeamEvidence(), may.uploadAgencyEvidence(), may.closeEvidence()));
	}

	/** The same names, but evidence calls an unknown relation {@code NONE}. */
	private static TaskAccess.Relation relation(InspectionTaskAccess.Relation relation) {
		return (relation == InspectionTaskAccess.Relation.OTHER) ? TaskAccess.Relation.NONE
				: TaskAccess.Relation.valueOf(relation.name());
	}

}
