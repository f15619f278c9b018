package org.shuangsuiji.inspection.dossier;

import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A task whose current team the caller is on, for its dossier sample: what
 * {@link DossierService#requireTeam} answers, and what the register import and the file
 * review take instead of loading and checking the task again. Only the door makes one
 * (the constructor is the package's), so neither write skips it.
 */
public final class DossierTeam extends DoorPass<InspectionTask> {

	DossierTeam(Caller member, InspectionTask task) {
		super(member, task);
	}

}
