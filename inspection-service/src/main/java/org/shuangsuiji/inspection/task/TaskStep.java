package org.shuangsuiji.inspection.task;

import java.time.Instant;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * One on-site step as recorded: the state it reached, when, by whom, and a note.
 *
 * @param status the state the task reached
 * @param at when it happened (for a check-in, the arrival time the team gave)
 * @param byUserId the account that recorded it
 * @param byName its name
 * @param note free text, may be {@code null}
 */
public record TaskStep(TaskStatus status, Instant at, String byUserId, String byName, String note) {

	public static TaskStep of(TaskStatus status, Instant at, Actor by, String note) {
		return new TaskStep(status, at, by.userId(), by.name(), note);
	}

}
