package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.Rule;

/**
 * One step of a result's explanation. Which fields are set follows from the kind; build
 * one with the factory named after it.
 *
 * @param kind what happened
 * @param partId the part concerned, or {@code null} for pool and total steps
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

	/**
	 * A checklist item answered A 发现: one sub-point found ({@code ref} "（1）"), or the
	 * item as a whole ({@code ref} {@code null}).
	 */
	public static TraceEntry finding(String partId, String itemId, String ref, String text, String note) {
		return new TraceEntry(TraceKind.FINDING, partId, itemId, ref, null, null, Points.ZERO, text, note);
	}

	/** Points taken off by a rule. */
	public static TraceEntry deduction(String partId, String itemId, Rule rule, int occurrences, List<String> contents,
			BigDecimal deducted, String reason) {
		return new TraceEntry(TraceKind.DEDUCTION, partId, itemId, rule.id(), occurrences, contents,
				Points.normalize(deducted.negate()), rule.text(), reason);
	}

	/** Points added by a bonus rule. */
	public static TraceEntry bonus(String partId, String itemId, Rule rule, int occurrences, List<String> contents,
			BigDecimal added, String reason) {
		return new TraceEntry(TraceKind.BONUS, partId, itemId, rule.id(), occurrences, contents,
				Points.normalize(added), rule.text(), reason);
	}

	/** A rule that recommends an action instead of points. */
	public static TraceEntry consequence(String partId, String itemId, Rule rule, int occurrences,
			List<String> contents, String reason) {
		return new TraceEntry(TraceKind.CONSEQUENCE, partId, itemId, rule.id(), occurrences, contents, Points.ZERO,
				rule.text(), reason);
	}

	/** One content of a rule not counted, because a rule with more points counted it. */
	public static TraceEntry notCounted(String partId, String itemId, Rule rule, String content, Rule countedBy) {
		return new TraceEntry(TraceKind.NOT_COUNTED, partId, itemId, rule.id(), 1, List.of(content), Points.ZERO,
				rule.text(), "counted by rule " + countedBy.id() + "（相同内容者以最高级别加分，不重复加分）");
	}

	/** The points of a directly scored item, with how they were worked out. */
	public static TraceEntry directScore(String partId, String itemId, BigDecimal points, String text, String note) {
		return new TraceEntry(TraceKind.DIRECT_SCORE, partId, itemId, null, null, null, Points.normalize(points), text,
				note);
	}

	/** A part's deductions went past its floor: the points given back. */
	public static TraceEntry partFloor(String partId, BigDecimal correction, String text) {
		return new TraceEntry(TraceKind.PART_FLOOR, partId, null, null, null, null, Points.normalize(correction), text,
				null);
	}

	/** A part's bonuses went past its cap: the points cut (negative). */
	public static TraceEntry partCap(String partId, BigDecimal correction, String text) {
		return new TraceEntry(TraceKind.PART_CAP, partId, null, null, null, null, Points.normalize(correction), text,
				null);
	}

	/** A pool of parts went past its floor: the points given back. */
	public static TraceEntry poolFloor(String poolId, BigDecimal correction, String text) {
		return new TraceEntry(TraceKind.POOL_FLOOR, null, null, poolId, null, null, Points.normalize(correction), text,
				null);
	}

	/** The total went past the template's cap: the points cut (negative). */
	public static TraceEntry totalCap(BigDecimal correction, String text) {
		return new TraceEntry(TraceKind.TOTAL_CAP, null, null, null, null, null, Points.normalize(correction), text,
				null);
	}

}
