package org.shuangsuiji.inspection.conclusion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which conclusions go to the province (复核研判): an agency graded 不合格, a measure that
 * suspends practice or cancels a category, the organiser's own request, or
 * scoring-service marking the result for review. Looks at both the recommendation and the
 * proposal, so a serious recommendation cannot leave the queue by being softened.
 */
public final class ReviewRule {

	private ReviewRule() {
	}

	/** Why the conclusion needs the province; empty when it does not. */
	public static List<String> reasons(Recommendation recommendation, Decision proposal) {
		List<String> reasons = new ArrayList<>();
		if (recommendation.outcome().failing() || proposal.outcome().failing()) {
			reasons.add("graded 不合格");
		}
		Set<String> suspending = new LinkedHashSet<>();
		recommendation.actions().stream().filter(Action::suspending).forEach((a) -> suspending.add(a.label()));
		proposal.actions().stream().filter(Action::suspending).forEach((a) -> suspending.add(a.label()));
		suspending.forEach((label) -> reasons.add("suspending action: " + label));
		if (proposal.sendToProvince()) {
			reasons.add("sent to the province by the organiser");
		}
		if (recommendation.provincialReview()) {
			reasons.add(recommendation.reviewReasons().isEmpty() ? "marked for review by the score sheet"
					: "marked for review by the score sheet: " + String.join("; ", recommendation.reviewReasons()));
		}
		return reasons;
	}

}
