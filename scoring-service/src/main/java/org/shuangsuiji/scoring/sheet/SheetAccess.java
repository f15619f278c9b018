package org.shuangsuiji.scoring.sheet;

import java.util.function.Supplier;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * Who may do what with a sheet (ADR 0404). Writing (create, answer, header, submit) needs
 * {@code may.answer} from inspection-service: a member of the task's current team while
 * the task is being checked; an independent sheet is, besides, its owner's alone. Bureaus
 * read within their region; inspectors and experts read only sheets of tasks they are on;
 * an agency reads only its own submitted sheets. The task is asked for only where the
 * answer depends on it.
 */
final class SheetAccess {

	private SheetAccess() {
	}

	static void requireCreator(Caller caller, SheetMode mode, TaskAccess task) {
		if (mode == SheetMode.INDEPENDENT) {
			caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		}
		requireMayAnswer(task);
	}

	/**
	 * The door of a sheet's writes, whatever the task's state: a member of the task's
	 * current team, and for an independent sheet its owner. Whether they may answer now
	 * ({@code may.answer}) is checked by the write itself.
	 */
	static void requireWriter(Caller caller, Sheet sheet, Supplier<TaskAccess> task) {
		caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		if (sheet.mode() == SheetMode.INDEPENDENT && !caller.userId().equals(sheet.ownerId())) {
			throw new OutOfScopeException("an independent sheet is answered only by its own inspector");
		}
		requireTeamMember(caller, task);
	}

	static void requireAnswerer(Caller caller, Sheet sheet, Supplier<TaskAccess> task) {
		caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		if (sheet.mode() == SheetMode.INDEPENDENT && !caller.userId().equals(sheet.ownerId())) {
			throw new OutOfScopeException("an independent sheet is answered only by its own inspector");
		}
		requireMayAnswer(task.get());
	}

	static void requireReader(Caller caller, Sheet sheet, Supplier<TaskAccess> task) {
		if (isAgencyOnly(caller)) {
			if (!sheet.agencyId().equals(caller.agencyId())) {
				throw new OutOfScopeException("an agency sees only its own agency's sheets");
			}
			if (!sheet.submitted()) {
				throw new OutOfScopeException("an agency sees its sheets once they are submitted");
			}
			return;
		}
		requireInspectorOrBureau(caller, sheet, task);
	}

	/** Readers of the working record (history, reconciliation): not the agency. */
	static void requireInspectorOrBureau(Caller caller, Sheet sheet, Supplier<TaskAccess> task) {
		if (caller.isBureau()) {
			caller.requireCovers(sheet.region());
			return;
		}
		requireTeamMember(caller, task);
	}

	/** An inspector or expert on the task's current team. */
	static void requireTeamMember(Caller caller, Supplier<TaskAccess> task) {
		caller.requireAny(Role.INSPECTOR, Role.EXPERT);
		if (!task.get().onTeam()) {
			throw new OutOfScopeException("an inspector or expert sees only the sheets of tasks they are on");
		}
	}

	static boolean isAgencyOnly(Caller caller) {
		return caller.has(Role.AGENCY) && !caller.isBureau() && !caller.hasAny(Role.INSPECTOR, Role.EXPERT);
	}

	private static void requireMayAnswer(TaskAccess task) {
		if (!task.mayAnswer()) {
			throw new OutOfScopeException("only a member of the team of task " + task.taskId()
					+ ", while it is being checked, answers its sheets (now " + task.relation() + ", task "
					+ task.status() + ")");
		}
	}

}
