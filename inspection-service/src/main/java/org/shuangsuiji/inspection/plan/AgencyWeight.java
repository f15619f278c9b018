package org.shuangsuiji.inspection.plan;

/**
 * A published weight that raises an agency's chance of being drawn, for complaints (投诉举报)
 * or earlier findings. Agencies without a weight have weight 1, so every agency keeps a
 * chance.
 *
 * @param agencyId the registry id of the agency
 * @param weight 2 to {@value #MAX_WEIGHT}: the agency counts as that many tickets
 * @param reason why, published with the plan
 */
public record AgencyWeight(String agencyId, int weight, String reason) {

	public static final int MAX_WEIGHT = 10;

	public AgencyWeight {
		if (agencyId == null || agencyId.isBlank()) {
			throw new IllegalArgumentException("agencyId must not be blank");
		}
		if (weight < 2 || weight > MAX_WEIGHT) {
			throw new IllegalArgumentException("weight must be between 2 and " + MAX_WEIGHT + ", got " + weight);
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a weight needs a published reason");
		}
	}

}
