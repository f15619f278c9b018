package org.shuangsuiji.inspection.task;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A task whose current team the caller is on: what {@link OnSiteService#requireTeam}
 * answers, and what the team's steps behind it (findings, fact sheet, refusal) take
 * instead of loading and checking the task again. Only the door makes one (the
 * constructor is the package's), so no team step skips it.
 */
public final class TeamTask extends DoorPass<InspectionTask> {

	TeamTask(Caller member, InspectionTask task) {
		super(member, task);
	}

}
