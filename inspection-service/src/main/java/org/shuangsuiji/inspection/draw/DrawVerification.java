package org.shuangsuiji.inspection.draw;

import java.util.List;

/**
 * The outcome of re-running a draw from its recorded inputs and seeds.
 *
 * @param algorithm the algorithm version re-run
 * @param recordedCommitment the commitment recorded before the seed
 * @param recomputedCommitment the SHA-256 of the recorded inputs now
 * @param commitmentMatches whether the two are equal
 * @param secretMatches {@code /2}: whether SHA-256 of the revealed secret is the
 * committed {@code secretHash} ({@code null} for {@code /1} or before the draw)
 * @param drawMatches whether re-running the draw gives the recorded result ({@code null}
 * while no seed is recorded)
 * @param replacements per replacement, whether re-running it gives the recorded outcome
 */
public record DrawVerification(String algorithm, String recordedCommitment, String recomputedCommitment,
		boolean commitmentMatches, Boolean secretMatches, Boolean drawMatches, List<ReplacementCheck> replacements) {

	public DrawVerification {
		replacements = List.copyOf(replacements);
	}

	/** Whether everything re-ran to what was recorded. */
	public boolean valid() {
		return this.commitmentMatches && !Boolean.FALSE.equals(this.secretMatches)
				&& !Boolean.FALSE.equals(this.drawMatches)
				&& this.replacements.stream().allMatch(ReplacementCheck::matches);
	}

	/** One replacement's re-run. */
	public record ReplacementCheck(int seq, boolean matches) {
	}

}
