package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a result's explanation.
 *
 * @param kind what happened
 * @param partId the part concerned
 * @param itemId the item concerned, or {@code null} for part and total steps
 * @param ref the rule id, sub-point ("（1）") or pool id, or {@code null}
 * @param occurrences how often the rule applied, or {@code null}
 * @param contents what the rule applied to (the areas, signs, news titles), if named
 * @param points the change to the score: negative for deductions, positive for bonuses
 * and scores, 0 for findings and consequences; for floors and caps the correction
 * (positive where a floor gives points back, negative where a cap cuts them)
 * @param text the template's wording of the rule or sub-point
 * @param reason what the scorer wrote, or {@code null}
 */
public record TraceEntry(TraceKind kind, String partId, String itemId, String ref, Integer occurrences,
		List<String> contents, BigDecimal points, String text, String reason) {

	public TraceEntry {
		contents = (contents != null) ? List.copyOf(contents) : List.of();
	}

}
