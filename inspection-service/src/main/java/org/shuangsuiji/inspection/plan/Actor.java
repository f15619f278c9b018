package org.shuangsuiji.inspection.plan;

import org.shuangsuiji.platform.security.Caller;

/**
 * Who did something, as recorded on plans, draws, tasks and the audit trail.
 *
 * @param userId the token subject, or {@code system} for work the service does by itself
 * @param name the name to show
 */
public record Actor(String userId, String name) {

	/** The service itself, for the demo plan and background work. */
	public static final Actor SYSTEM = new Actor("system", "inspection-service");

	public Actor {
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("actor needs a user id");
		}
		name = (name == null || name.isBlank()) ? userId : name;
	}

	/** The signed-in caller. */
	public static Actor of(Caller caller) {
		return new Actor(caller.userId(), caller.displayName());
	}

}
