package org.shuangsuiji.inspection.dossier;

/**
 * A re-run of a dossier draw from its recorded inputs and seed.
 *
 * @param algorithm the algorithm version
 * @param recordedCommitment the commitment stored before the seed
 * @param recomputedCommitment the commitment of the recorded inputs, recomputed
 * @param resultMatches whether re-drawing gives the recorded result
 */
public record DossierVerification(String algorithm, String recordedCommitment, String recomputedCommitment,
		boolean resultMatches) {

	public boolean valid() {
		return this.recordedCommitment.equals(this.recomputedCommitment) && this.resultMatches;
	}

}
