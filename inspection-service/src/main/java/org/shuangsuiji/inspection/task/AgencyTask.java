package org.shuangsuiji.inspection.task;

import org.shuangsuiji.platform.security.Caller;

/**
 * A task whose inspected agency is calling, after the notice time: what
 * {@link OnSiteService#requireAgency} answers, and what the agency's confirmation of its
 * fact sheet takes instead of loading and checking the task again. Only the door makes
 * one (the constructor is the package's), so no confirmation skips it.
 */
public final class AgencyTask {

	private final Caller agency;

	private final InspectionTask task;

	AgencyTask(Caller agency, InspectionTask task) {
		this.agency = agency;
		this.task = task;
	}

	Caller agency() {
		return this.agency;
	}

	InspectionTask task() {
		return this.task;
	}

}
