package org.shuangsuiji.inspection.task;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A task whose inspected agency is calling, after the notice time: what
 * {@link OnSiteService#requireAgency} answers, and what the agency's confirmation of its
 * fact sheet takes instead of loading and checking the task again. Only the door makes
 * one (the constructor is the package's), so no confirmation skips it.
 */
public final class AgencyTask extends DoorPass<InspectionTask> {

	AgencyTask(Caller agency, InspectionTask task) {
		super(agency, task);
	}

}
