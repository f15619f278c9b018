package org.shuangsuiji.inspection.review;

import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A conclusion whose plan the calling province covers: what
 * {@link ReviewService#requireProvince} answers, and what the review decision takes
 * instead of loading and checking the conclusion again. Only the door makes one (the
 * constructor is the package's), so no decision skips it.
 */
public final class ConclusionUnderReview extends DoorPass<Conclusion> {

	ConclusionUnderReview(Caller province, Conclusion conclusion) {
		super(province, conclusion);
	}

}
