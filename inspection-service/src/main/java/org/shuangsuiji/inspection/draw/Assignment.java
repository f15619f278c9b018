package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who inspects which agency at a point in a draw's history: right after the draw, and
 * after each replacement.
 *
 * @param agencies the drawn agencies and their teams, in draw order (substitutes last)
 * @param exclusions people taken off an agency's team by a replacement; never drawn for
 * that agency again
 * @param withdrawn agencies taken out of the draw by a replacement; never drawn again
 */
public record Assignment(List<DrawnAgency> agencies, Set<PersonAgency> exclusions, Set<String> withdrawn) {

	public Assignment {
		agencies = List.copyOf(agencies);
		exclusions = Set.copyOf(exclusions);
		withdrawn = Set.copyOf(withdrawn);
	}

	public static Assignment initial(List<DrawnAgency> agencies) {
		return new Assignment(agencies, Set.of(), Set.of());
	}

	public Optional<DrawnAgency> agency(String agencyId) {
		return this.agencies.stream().filter((a) -> a.agencyId().equals(agencyId)).findFirst();
	}

	public boolean contains(String agencyId) {
		return agency(agencyId).isPresent();
	}

	/** On how many teams the person sits. */
	public int load(PersonKind kind, String personId) {
		TeamMember member = new TeamMember(kind, personId);
		return (int) this.agencies.stream().filter((a) -> a.team().contains(member)).count();
	}

	/** The person leaves the agency's team, the substitutes join it at the end. */
	public Assignment withPersonReplaced(String agencyId, TeamMember leaving, List<TeamMember> substitutes) {
		List<DrawnAgency> next = new ArrayList<>();
		for (DrawnAgency agency : this.agencies) {
			if (agency.agencyId().equals(agencyId)) {
				List<TeamMember> team = new ArrayList<>(agency.team());
				team.remove(leaving);
				team.addAll(substitutes);
				next.add(new DrawnAgency(agencyId, team));
			}
			else {
				next.add(agency);
			}
		}
		Set<PersonAgency> nextExclusions = new TreeSet<>(this.exclusions);
		nextExclusions.add(new PersonAgency(leaving.kind(), leaving.personId(), agencyId));
		return new Assignment(next, nextExclusions, this.withdrawn);
	}

	/** The agency and its team leave the draw, the substitute joins at the end. */
	public Assignment withAgencyReplaced(String agencyId, DrawnAgency substitute) {
		List<DrawnAgency> next = new ArrayList<>(
				this.agencies.stream().filter((a) -> !a.agencyId().equals(agencyId)).toList());
		next.add(substitute);
		Set<String> nextWithdrawn = new TreeSet<>(this.withdrawn);
		nextWithdrawn.add(agencyId);
		return new Assignment(next, this.exclusions, nextWithdrawn);
	}

}
