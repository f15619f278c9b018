package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who stands how to a task (ADR 0404), from the record's owner, never from the request.
 * <ul>
 * <li>{@link TaskRelation#TEAM}: an inspector or expert whose {@code person_id} the
 * current team lists with the account's kind. Without {@code person_id} an inspector or
 * expert is on no team and sees no task.</li>
 * <li>{@link TaskRelation#ORGANISER}: a city or province bureau covering the plan's
 * region.</li>
 * <li>{@link TaskRelation#BUREAU}: any other bureau covering the agency (a county).</li>
 * <li>{@link TaskRelation#AGENCY}: the agency's own account, from the notice time
 * on.</li>
 * </ul>
 * Unannounced (双随机): before the notice time only the organiser and the team see the
 * visit's date and team; a county sees that its agency was drawn, nothing more.
 */
public final class TaskAccess {

	private TaskAccess() {
	}

	public static Optional<TaskRelation> relationOf(Caller caller, InspectionTask task, Instant now) {
		if (isOnTeam(caller, task)) {
			return Optional.of(TaskRelation.TEAM);
		}
		if (caller.hasAny(Role.CITY, Role.PROVINCE) && caller.covers(task.planRegion())) {
			return Optional.of(TaskRelation.ORGANISER);
		}
		if (caller.isBureau() && caller.covers(task.agencyRegion())) {
			return Optional.of(TaskRelation.BUREAU);
		}
		if (caller.has(Role.AGENCY) && task.agencyId().equals(caller.agencyId()) && task.notifiedBy(now)) {
			return Optional.of(TaskRelation.AGENCY);
		}
		return Optional.empty();
	}

	public static boolean canRead(Caller caller, InspectionTask task, Instant now) {
		return relationOf(caller, task, now).isPresent();
	}

	/** Whether the relation shows the visit's date, team and on-site record. */
	public static boolean seesScheduleAndTeam(TaskRelation relation, InspectionTask task, Instant now) {
		return relation == TaskRelation.TEAM || relation == TaskRelation.ORGANISER || task.notifiedBy(now);
	}

	/** The caller's relation; 403 {@code out-of-scope} when it has none. */
	public static TaskRelation require(Caller caller, InspectionTask task, Instant now) {
		return relationOf(caller, task, now)
			.orElseThrow(() -> new OutOfScopeException("task " + task.id() + " is not the caller's to see"));
	}

	/** 403 unless the caller is on the task's current team. */
	public static void requireTeam(Caller caller, InspectionTask task) {
		if (!isOnTeam(caller, task)) {
			throw new OutOfScopeException("only a member of the current team of task " + task.id() + " may do this");
		}
	}

	/** 403 unless the caller is on the current team or organises the plan. */
	public static void requireTeamOrOrganiser(Caller caller, InspectionTask task, Instant now) {
		TaskRelation relation = relationOf(caller, task, now).orElse(null);
		if (relation != TaskRelation.TEAM && relation != TaskRelation.ORGANISER) {
			throw new OutOfScopeException(
					"only a member of the current team or the organising bureau of task " + task.id() + " may do this");
		}
	}

	/** 403 unless the caller is the inspected agency's account, after the notice time. */
	public static void requireAgency(Caller caller, InspectionTask task, Instant now) {
		if (relationOf(caller, task, now).orElse(null) != TaskRelation.AGENCY) {
			throw new OutOfScopeException("only the account of agency " + task.agencyId() + " may do this");
		}
	}

	private static boolean isOnTeam(Caller caller, InspectionTask task) {
		String person = caller.personId();
		if (person == null) {
			return false;
		}
		return (caller.has(Role.INSPECTOR) && task.hasMember(person, PersonKind.INSPECTOR))
				|| (caller.has(Role.EXPERT) && task.hasMember(person, PersonKind.EXPERT));
	}

}
