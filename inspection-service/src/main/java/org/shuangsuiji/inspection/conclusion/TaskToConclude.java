package org.shuangsuiji.inspection.conclusion;

import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.security.Caller;

/**
 * A task whose plan the calling bureau organises, to conclude: what
 * {@link ConclusionService#requireOrganiser} answers, and what recording the conclusion
 * takes instead of loading and checking the task again. Only the door makes one (the
 * constructor is the package's), so no conclusion is recorded past it.
 */
public final class TaskToConclude {

	private final Caller organiser;

	private final InspectionTask task;

	TaskToConclude(Caller organiser, InspectionTask task) {
		this.organiser = organiser;
		this.task = task;
	}

	Caller organiser() {
		return this.organiser;
	}

	InspectionTask task() {
		return this.task;
	}

}
