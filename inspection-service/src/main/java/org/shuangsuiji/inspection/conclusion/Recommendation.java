package org.shuangsuiji.inspection.conclusion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the submitted official sheet recommends (检查结论建议): read from scoring-service, never
 * written here.
 *
 * @param sheetId the official sheet
 * @param outcome the grade or checklist conclusion
 * @param total the total of a points table, {@code null} for a checklist
 * @param findings how many problems were found, over all items
 * @param actions the recommended actions from the template
 * @param foundItems the items with findings, in template order
 * @param provincialReview whether scoring-service already marks the result for the
 * province (absent from older scoring-services: false)
 * @param reviewReasons why, as scoring-service words it
 * @param resultHash the hash of the submitted result, if scoring-service gives one
 * @param submittedAt when the sheet was submitted
 */
public record Recommendation(String sheetId, Outcome outcome, BigDecimal total, int findings, List<Action> actions,
		List<FoundItem> foundItems, boolean provincialReview, List<String> reviewReasons, String resultHash,
		Instant submittedAt) {

	public Recommendation {
		actions = List.copyOf(actions);
		foundItems = List.copyOf(foundItems);
		reviewReasons = (reviewReasons != null) ? List.copyOf(reviewReasons) : List.of();
	}

}
