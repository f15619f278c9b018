package org.shuangsuiji.inspection.review;

import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.platform.security.Caller;

/**
 * A conclusion whose plan the calling province covers: what
 * {@link ReviewService#requireProvince} answers, and what the review decision takes
 * instead of loading and checking the conclusion again. Only the door makes one (the
 * constructor is the package's), so no decision skips it.
 */
public final class ConclusionUnderReview {

	private final Caller province;

	private final Conclusion conclusion;

	ConclusionUnderReview(Caller province, Conclusion conclusion) {
		this.province = province;
		this.conclusion = conclusion;
	}

	Caller province() {
		return this.province;
	}

	Conclusion conclusion() {
		return this.conclusion;
	}

}
