package org.shuangsuiji.evidence.verification;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of verifying one inspection's evidence.
 *
 * @param inspectionId the inspection
 * @param verifiedAt when the objects were read
 * @param records how many records the chain has
 * @param bytesRead how many object bytes were hashed
 * @param headHash the record hash of the last record (what a reviewer compares an export
 * with)
 * @param intact whether nothing differs
 * @param findings what differs, in chain order
 */
public record VerificationReport(String inspectionId, Instant verifiedAt, int records, long bytesRead, String headHash,
		boolean intact, List<Finding> findings) {

	public VerificationReport {
		findings = List.copyOf(findings);
	}

}
