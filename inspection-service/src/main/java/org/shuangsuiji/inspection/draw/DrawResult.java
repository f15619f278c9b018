package org.shuangsuiji.inspection.draw;

import java.util.List;

/**
 * What the draw itself produced, before any replacement.
 *
 * @param poolSize agencies in the snapshot
 * @param sampleSize agencies drawn
 * @param floorApplied whether the 5 % floor raised the sample above the plan's rule
 * @param agencies the drawn agencies with their teams, in draw order
 */
public record DrawResult(int poolSize, int sampleSize, boolean floorApplied, List<DrawnAgency> agencies) {

	public DrawResult {
		agencies = List.copyOf(agencies);
	}

}
