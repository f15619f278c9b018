package org.shuangsuiji.evidence.record;

import java.time.Duration;

/**
 * The knobs of the evidence rules.
 *
 * @param maxUploadBytes the largest file accepted (413 beyond)
 * @param downloadUrlValidity how long a presigned download URL works
 */
public record EvidenceSettings(long maxUploadBytes, Duration downloadUrlValidity) {

	public EvidenceSettings {
		if (maxUploadBytes <= 0) {
			throw new IllegalArgumentException("the upload limit must be positive");
		}
		if (downloadUrlValidity.isNegative() || downloadUrlValidity.isZero()
				|| downloadUrlValidity.compareTo(Duration.ofDays(7)) > 0) {
			throw new IllegalArgumentException("presigned URLs live between 1 second and 7 days");
		}
	}

}
