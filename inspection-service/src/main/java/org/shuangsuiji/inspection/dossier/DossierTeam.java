package org.shuangsuiji.inspection.dossier;

import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.security.Caller;

/**
 * A task whose current team the caller is on, for its dossier sample: what
 * {@link DossierService#requireTeam} answers, and what the register import and the file
 * review take instead of loading and checking the task again. Only the door makes one
 * (the constructor is the package's), so neither write skips it.
 */
public final class DossierTeam {

	private final Caller member;

	private final InspectionTask task;

	DossierTeam(Caller member, InspectionTask task) {
		this.member = member;
		this.task = task;
	}

	Caller member() {
		return this.member;
	}

	InspectionTask task() {
		return this.task;
	}

}
