package org.shuangsuiji.inspection.draw;

import java.util.List;

/** An agency drawn for inspection and its team, in the order the team was drawn. */
public record DrawnAgency(String agencyId, List<TeamMember> team) {

	public DrawnAgency {
		Ids.require(agencyId, "agencyId");
		team = List.copyOf(team);
	}

	public List<String> memberIds(PersonKind kind) {
		return this.team.stream().filter((m) -> m.kind() == kind).map(TeamMember::personId).toList();
	}

	public boolean has(PersonKind kind, String personId) {
		return this.team.contains(new TeamMember(kind, personId));
	}

}
