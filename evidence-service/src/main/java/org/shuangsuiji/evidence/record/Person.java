package org.shuangsuiji.evidence.record;

import org.shuangsuiji.platform.security.Caller;

/** Who did something, as recorded: the token subject and the name shown at the time. */
public record Person(String userId, String displayName) {

	public static Person of(Caller caller) {
		return new Person(caller.userId(), caller.displayName());
	}

}
