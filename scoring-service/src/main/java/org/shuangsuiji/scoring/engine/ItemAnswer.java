package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to one item. Which fields apply follows from the item: a checklist item
 * takes a finding (and the sub-points found), a deduction or bonus item takes rule
 * answers, a directly scored item takes a score.
 *
 * @param finding A/B/C of a checklist item, {@code null} while unanswered
 * @param subPoints the numbers of the sub-points found, with finding A
 * @param rules the rules that apply
 * @param score the number entered for a directly scored item (the expert's score, the
 * external archive score out of 100)
 * @param note the scorer's remark on the item
 */
public record ItemAnswer(Finding finding, List<Integer> subPoints, List<RuleAnswer> rules, BigDecimal score,
		String note) {

	public ItemAnswer {
		subPoints = (subPoints != null) ? List.copyOf(subPoints) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	public static ItemAnswer finding(Finding finding, List<Integer> subPoints, String note) {
		return new ItemAnswer(finding, subPoints, List.of(), null, note);
	}

	public static ItemAnswer rules(RuleAnswer... rules) {
		return new ItemAnswer(null, List.of(), List.of(rules), null, null);
	}

	public static ItemAnswer score(BigDecimal score, String note) {
		return new ItemAnswer(null, List.of(), List.of(), score, note);
	}

	/** This answer with one more rule answer. */
	public ItemAnswer with(RuleAnswer rule) {
		List<RuleAnswer> more = new java.util.ArrayList<>(this.rules);
		more.add(rule);
		return new ItemAnswer(this.finding, this.subPoints, more, this.score, this.note);
	}

}
