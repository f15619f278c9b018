package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * A task whose current team the caller is on: what {@link SheetService#requireTeamOf}
 * answers, and what {@link SheetService#create} takes instead of asking
 * inspection-service again. Its subject is the inspection id the door was opened for.
 * Only the door makes one (the constructor is the package's), so a sheet is never created
 * past it.
 */
public final class TeamTask extends DoorPass<String> {

	private final TaskAccess task;

	TeamTask(Caller caller, String inspectionId, TaskAccess task) {
		super(caller, inspectionId);
		this.task = task;
	}

	/** The task the door was opened for, which must be the one named. */
	TaskAccess task(String inspectionId) {
		requireSubject(inspectionId);
		return this.task;
	}

}
