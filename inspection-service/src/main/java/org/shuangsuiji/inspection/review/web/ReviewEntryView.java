package org.shuangsuiji.inspection.review.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.Decision;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.ReviewVerdict;

/**
 * One conclusion in the province's queue: the agency, why it is there, what the sheet
 * recommended, the city's proposal and, once taken, the province's decision.
 */
record ReviewEntryView(String taskId, String planId, String planRegion, String agencyId, String agencyName,
		String agencyRegion, String status, List<String> reasons, ReviewOutcomeView recommended,
		List<ReviewActionView> recommendedActions, ReviewProposalView proposal, ReviewVerdictView verdict) {

	static ReviewEntryView of(Conclusion c) {
		ReviewVerdict v = c.review().verdict();
		return new ReviewEntryView(c.taskId(), c.planId().value(), c.planRegion().value(), c.agencyId(), c.agencyName(),
				c.agencyRegion().value(), c.review().status().name(), c.review().reasons(),
				ReviewOutcomeView.of(c.recommendation().outcome()), ReviewActionView.of(c.recommendation().actions()),
				ReviewProposalView.of(c.decision()), (v != null) ? ReviewVerdictView.of(v) : null);
	}

	record ReviewOutcomeView(String code, String label) {

		static ReviewOutcomeView of(Outcome outcome) {
			return new ReviewOutcomeView(outcome.code(), outcome.label());
		}

	}

	record ReviewActionView(String code, String label, List<String> itemIds) {

		static List<ReviewActionView> of(List<Action> actions) {
			return actions.stream().map((a) -> new ReviewActionView(a.code(), a.label(), a.itemIds())).toList();
		}

	}

	/** The organiser's conclusion as proposed to the province. */
	record ReviewProposalView(ReviewOutcomeView outcome, String reason, List<ReviewActionView> actions,
			boolean sendToProvince, String byName, Instant at) {

		static ReviewProposalView of(Decision d) {
			return new ReviewProposalView(ReviewOutcomeView.of(d.outcome()), d.reason(),
					ReviewActionView.of(d.actions()), d.sendToProvince(), d.by().name(), d.at());
		}

	}

	/** The province's decision. */
	record ReviewVerdictView(String decision, ReviewOutcomeView outcome, List<ReviewActionView> actions, String note,
			String byName, Instant at) {

		static ReviewVerdictView of(ReviewVerdict v) {
			return new ReviewVerdictView(v.confirmed() ? "CONFIRM" : "AMEND", ReviewOutcomeView.of(v.outcome()),
					ReviewActionView.of(v.actions()), v.note(), v.by().name(), v.at());
		}

	}

}
