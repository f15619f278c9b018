package org.shuangsuiji.inspection.conclusion.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionReport;
import org.shuangsuiji.inspection.conclusion.Decision;
import org.shuangsuiji.inspection.conclusion.FoundItem;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.ProvincialReview;
import org.shuangsuiji.inspection.conclusion.Recommendation;
import org.shuangsuiji.inspection.conclusion.ReviewVerdict;
import org.shuangsuiji.inspection.task.InspectionTask;

/**
 * A task's recommendation and conclusion.
 *
 * @param recommendation what the submitted official sheet recommends now, {@code null}
 * while there is none
 * @param decision the organiser's conclusion, {@code null} until recorded
 * @param review the provincial review, {@code null} when none is needed
 * @param finalOutcome the outcome that stands once {@code isFinal}
 * @param finalActions the measures that stand
 * @param isFinal recorded and, where the province reviews it, decided by the province
 */
record ConclusionView(String taskId, String taskStatus, String agencyId, String agencyName,
		ConclusionRecommendationView recommendation, ConclusionDecisionView decision, ConclusionReviewView review,
		ConclusionOutcomeView finalOutcome, List<ConclusionActionView> finalActions, boolean isFinal,
		Instant publishedAt) {

	static ConclusionView of(ConclusionReport report) {
		InspectionTask task = report.task();
		Conclusion c = report.conclusion();
		Recommendation current = (report.recommendation() != null) ? report.recommendation()
				: (c != null) ? c.recommendation() : null;
		return new ConclusionView(task.id(), task.status().name(), task.agencyId(), task.agencyName(),
				ConclusionRecommendationView.of(current), (c != null) ? ConclusionDecisionView.of(c.decision()) : null,
				(c != null) ? ConclusionReviewView.of(c.review()) : null,
				(c != null && c.isFinal()) ? ConclusionOutcomeView.of(c.finalOutcome()) : null,
				(c != null && c.isFinal()) ? ConclusionActionView.of(c.finalActions()) : List.of(),
				c != null && c.isFinal(), (c != null) ? c.publishedAt() : null);
	}

	record ConclusionOutcomeView(String code, String label) {

		static ConclusionOutcomeView of(Outcome outcome) {
			return (outcome != null) ? new ConclusionOutcomeView(outcome.code(), outcome.label()) : null;
		}

	}

	record ConclusionActionView(String code, String label, boolean serious, List<String> itemIds) {

		static List<ConclusionActionView> of(List<Action> actions) {
			return actions.stream()
				.map((a) -> new ConclusionActionView(a.code(), a.label(), a.serious(), a.itemIds()))
				.toList();
		}

	}

	record ConclusionFoundItemView(String itemId, String number, List<String> found) {

		static ConclusionFoundItemView of(FoundItem item) {
			return new ConclusionFoundItemView(item.itemId(), item.number(), item.found());
		}

	}

	/** What the official sheet recommends (检查结论建议). */
	record ConclusionRecommendationView(String sheetId, ConclusionOutcomeView outcome, BigDecimal total, int findings,
			List<ConclusionActionView> actions, List<ConclusionFoundItemView> foundItems, boolean provincialReview,
			List<String> reviewReasons, String resultHash, Instant submittedAt) {

		static ConclusionRecommendationView of(Recommendation r) {
			if (r == null) {
				return null;
			}
			return new ConclusionRecommendationView(r.sheetId(), ConclusionOutcomeView.of(r.outcome()), r.total(),
					r.findings(), ConclusionActionView.of(r.actions()),
					r.foundItems().stream().map(ConclusionFoundItemView::of).toList(), r.provincialReview(),
					r.reviewReasons(), r.resultHash(), r.submittedAt());
		}

	}

	/** The organiser's conclusion, who and when. */
	record ConclusionDecisionView(ConclusionOutcomeView outcome, String reason, List<ConclusionActionView> actions,
			boolean sendToProvince, String byId, String byName, Instant at) {

		static ConclusionDecisionView of(Decision d) {
			return new ConclusionDecisionView(ConclusionOutcomeView.of(d.outcome()), d.reason(),
					ConclusionActionView.of(d.actions()), d.sendToProvince(), d.by().userId(), d.by().name(), d.at());
		}

	}

	/** The province's review: why, and its decision once taken. */
	record ConclusionReviewView(String status, List<String> reasons, String decision, ConclusionOutcomeView outcome,
			List<ConclusionActionView> actions, String note, String byId, String byName, Instant at) {

		static ConclusionReviewView of(ProvincialReview review) {
			if (review == null) {
				return null;
			}
			ReviewVerdict v = review.verdict();
			if (v == null) {
				return new ConclusionReviewView(review.status().name(), review.reasons(), null, null, List.of(), null,
						null, null, null);
			}
			return new ConclusionReviewView(review.status().name(), review.reasons(),
					v.confirmed() ? "CONFIRM" : "AMEND", ConclusionOutcomeView.of(v.outcome()),
					ConclusionActionView.of(v.actions()), v.note(), v.by().userId(), v.by().name(), v.at());
		}

	}

}
