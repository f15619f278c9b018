package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * A sheet the caller passed the writer's door of ({@link SheetService#requireWriter}):
 * the sheet and its task as the door read them, which the answer and header writes check
 * instead of reading them again. Only the door makes one (the constructor is the
 * package's), so no write skips it.
 */
public final class WritableSheet extends DoorPass<Sheet> {

	private final TaskAccess task;

	WritableSheet(Caller caller, Sheet sheet, TaskAccess task) {
		super(caller, sheet);
		this.task = task;
	}

	TaskAccess task() {
		return this.task;
	}

}
