package org.shuangsuiji.inspection.plan;

/**
 * How each drawn agency's inspection team (检查组) is made up.
 *
 * @param inspectorsPerTeam inspectors holding a 执法证号 per team, at least 2 (行政处罚法 art. 42)
 * @param expertRequired whether each team needs experts (鉴定专家) whose specialities
 * together cover every inspected category of the agency
 * @param excludeSameCounty whether inspectors of the agency's own county are left out
 * @param excludeInspectedLastYear whether whoever inspected the agency in the previous
 * year's plans is left out
 * @param maxInspectionsPerPerson the most teams one person may sit on in this plan, or
 * {@code null} for no limit
 */
public record TeamRules(int inspectorsPerTeam, boolean expertRequired, boolean excludeSameCounty,
		boolean excludeInspectedLastYear, Integer maxInspectionsPerPerson) {

	public static final int MIN_INSPECTORS = 2;

	public static final int MAX_INSPECTORS = 5;

	public TeamRules {
		if (inspectorsPerTeam < MIN_INSPECTORS || inspectorsPerTeam > MAX_INSPECTORS) {
			throw new IllegalArgumentException("inspectorsPerTeam must be between " + MIN_INSPECTORS + " and "
					+ MAX_INSPECTORS + ", got " + inspectorsPerTeam);
		}
		if (maxInspectionsPerPerson != null && maxInspectionsPerPerson < 1) {
			throw new IllegalArgumentException(
					"maxInspectionsPerPerson must be at least 1, got " + maxInspectionsPerPerson);
		}
	}

	/** Two inspectors, no expert, no options: the legal minimum. */
	public static TeamRules minimal() {
		return new TeamRules(MIN_INSPECTORS, false, false, false, null);
	}

}
