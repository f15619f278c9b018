package org.shuangsuiji.scoring.testing;

import java.util.UUID;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/**
 * Signed tokens of the scoring tests' callers, for
 * {@code TestHttp.on(port).as(token(Role.INSPECTOR, "410700"))}.
 */
public final class ScoringTokens {

	private ScoringTokens() {
	}

	/**
	 * A token of the role in the region, for a user unique to the test; an agency's names
	 * an agency of its own that no test inspection has.
	 */
	public static String token(Role role, String region) {
		String user = role.realmRole() + "-" + UUID.randomUUID();
		return TestJwts.as(role).region(region).subject(user).agency((role == Role.AGENCY) ? user : null).bearer();
	}

	/** A token for a named user (to act as the same inspector twice). */
	public static String token(Role role, String region, String userId) {
		return TestJwts.as(role)
			.region(region)
			.subject(userId)
			.name(userId)
			.agency((role == Role.AGENCY) ? userId : null)
			.bearer();
	}

	/** A token of an agency's account. */
	public static String agency(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

}
