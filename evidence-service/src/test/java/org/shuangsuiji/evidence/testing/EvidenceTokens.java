package org.shuangsuiji.evidence.testing;

import java.util.UUID;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/** The callers of the evidence tests, as bearer tokens from platform-test's TestJwts. */
public final class EvidenceTokens {

	private EvidenceTokens() {
	}

	/**
	 * A token of the role in the region, with a user id unique to the test; an agency's
	 * names an agency of its own that no test inspection has.
	 */
	public static String token(Role role, String region) {
		String user = role.realmRole() + "-" + UUID.randomUUID();
		return TestJwts.as(role).region(region).subject(user).agency((role == Role.AGENCY) ? user : null).bearer();
	}

	/** The account of an agency in its region. */
	public static String agencyToken(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

}
