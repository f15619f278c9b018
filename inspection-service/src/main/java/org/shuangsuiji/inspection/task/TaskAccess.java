package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.util.Optional;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who reads which task.
 * <ul>
 * <li>province, city, county: tasks of agencies in their region.</li>
 * <li>inspector, expert: with a {@code person_id} claim, the tasks they are on; without
 * one, the tasks of agencies in their region (the registry person cannot be told from the
 * token).</li>
 * <li>agency: its own agency's tasks, once the notification time has come.</li>
 * </ul>
 * Scheduling belongs to the plan's organiser
 * ({@link org.shuangsuiji.inspection.plan.PlanAccess}).
 */
public final class TaskAccess {

	private TaskAccess() {
	}

	public static boolean canRead(Caller caller, Optional<String> personId, InspectionTask task, Instant now) {
		if (caller.isBureau() && caller.covers(task.agencyRegion())) {
			return true;
		}
		if (caller.hasAny(Role.INSPECTOR, Role.EXPERT)) {
			boolean mine = personId.map(task::hasMember).orElseGet(() -> caller.covers(task.agencyRegion()));
			if (mine) {
				return true;
			}
		}
		return caller.has(Role.AGENCY) && task.agencyId().equals(caller.agencyId()) && task.notifiedBy(now);
	}

}
