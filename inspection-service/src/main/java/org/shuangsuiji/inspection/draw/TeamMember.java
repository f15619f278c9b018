package org.shuangsuiji.inspection.draw;

/** A person on a team, by registry id. */
public record TeamMember(PersonKind kind, String personId) {

	public TeamMember {
		if (kind == null) {
			throw new IllegalArgumentException("team member kind is required");
		}
		Ids.require(personId, "personId");
	}

}
