package org.shuangsuiji.inspection.conclusion.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task's conclusion as stored. {@code reviewStatus} is copied out of the review so the
 * province's queue is one indexed query, and {@code agencyRegion} indexed for the
 * dashboards' region prefix; a total is kept as text (no BigDecimal mapping).
 */
@Document("conclusions")
record ConclusionDocument(@Id String taskId, String planId, String planRegion, String agencyId, String agencyName,
		@Indexed String agencyRegion, RecommendationDoc recommendation, DecisionDoc decision, ReviewDoc review,
		@Indexed String reviewStatus, Instant publishedAt, @Version Long version) {

	record ActorDoc(String userId, String name) {
	}

	record OutcomeDoc(String code, String label) {
	}

	record ActionDoc(String code, String label, List<String> itemIds) {
	}

	record FoundItemDoc(String itemId, String number, List<String> found) {
	}

	record RecommendationDoc(String sheetId, OutcomeDoc outcome, String total, int findings, List<ActionDoc> actions,
			List<FoundItemDoc> foundItems, boolean provincialReview, List<String> reviewReasons, String resultHash,
			Instant submittedAt) {
	}

	record DecisionDoc(OutcomeDoc outcome, String reason, List<ActionDoc> actions, boolean sendToProvince, ActorDoc by,
			Instant at) {
	}

	record VerdictDoc(boolean confirmed, OutcomeDoc outcome, List<ActionDoc> actions, String note, ActorDoc by,
			Instant at) {
	}

	record ReviewDoc(String status, List<String> reasons, VerdictDoc verdict) {
	}

}
