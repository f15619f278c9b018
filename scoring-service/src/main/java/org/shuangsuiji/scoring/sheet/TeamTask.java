package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * A task whose current team the caller is on: what {@link SheetService#requireTeamOf}
 * answers, and what {@link SheetService#create} takes instead of asking
 * inspection-service again. Only the door makes one (the constructor is the package's),
 * so a sheet is never created past it.
 */
public final class TeamTask {

	private final Caller caller;

	private final String inspectionId;

	private final TaskAccess task;

	TeamTask(Caller caller, String inspectionId, TaskAccess task) {
		this.caller = caller;
		this.inspectionId = inspectionId;
		this.task = task;
	}

	Caller caller() {
		return this.caller;
	}

	/** The task the door was opened for, which must be the one named. */
	TaskAccess task(String inspectionId) {
		if (!this.inspectionId.equals(inspectionId)) {
			throw new IllegalStateException(
					"the door was opened for task " + this.inspectionId + ", not " + inspectionId);
		}
		return this.task;
	}

}
