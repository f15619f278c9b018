package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The answer to one item. Which fields apply follows from the item: a checklist item
 * takes a finding (and the sub-points found), a deduction or bonus item takes rule
 * answers, a directly scored item takes a score.
 * <p>
 * "Checked, nothing found" is always said, never assumed: B 未发现 on a checklist item, and
 * {@code checked} on an item scored by rules when no rule applies (no deduction, no
 * bonus). An item answered with neither a rule nor {@code checked} stays unanswered.
 *
 * @param finding A/B/C of a checklist item, {@code null} while unanswered
 * @param subPoints the numbers of the sub-points found, with finding A
 * @param rules the rules that apply
 * @param score the number entered for a directly scored item (the expert's score, the
 * external archive score out of 100)
 * @param note the scorer's remark on the item
 * @param checked on an item scored by rules: the item was checked, and the rules given
 * (possibly none) are all that apply
 * @param evidenceIds the evidence (证据, ids of evidence-service) the answer rests on, each
 * once, in the order given; evidence alone does not answer an item
 */
public record ItemAnswer(Finding finding, List<Integer> subPoints, List<RuleAnswer> rules, BigDecimal score,
		String note, boolean checked, List<String> evidenceIds) {

	public ItemAnswer {
		subPoints = (subPoints != null) ? List.copyOf(subPoints) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
		evidenceIds = (evidenceIds != null) ? List.copyOf(new LinkedHashSet<>(evidenceIds)) : List.of();
	}

	/** An answer without evidence. */
	public ItemAnswer(Finding finding, List<Integer> subPoints, List<RuleAnswer> rules, BigDecimal score, String note,
			boolean checked) {
		this(finding, subPoints, rules, score, note, checked, List.of());
	}

	/** An answer that does not say "checked" by itself (a finding, rules or a score). */
	public ItemAnswer(Finding finding, List<Integer> subPoints, List<RuleAnswer> rules, BigDecimal score, String note) {
		this(finding, subPoints, rules, score, note, false);
	}

	public static ItemAnswer finding(Finding finding, List<Integer> subPoints, String note) {
		return new ItemAnswer(finding, subPoints, List.of(), null, note);
	}

	public static ItemAnswer rules(RuleAnswer... rules) {
		return new ItemAnswer(null, List.of(), List.of(rules), null, null);
	}

	/** An item scored by rules, checked, with no rule that applies. */
	public static ItemAnswer nothingApplies(String note) {
		return new ItemAnswer(null, List.of(), List.of(), null, note, true);
	}

	public static ItemAnswer score(BigDecimal score, String note) {
		return new ItemAnswer(null, List.of(), List.of(), score, note);
	}

	/** This answer with one more rule answer. */
	public ItemAnswer with(RuleAnswer rule) {
		List<RuleAnswer> more = new ArrayList<>(this.rules);
		more.add(rule);
		return new ItemAnswer(this.finding, this.subPoints, more, this.score, this.note, this.checked,
				this.evidenceIds);
	}

	/** This answer with its rules replaced. */
	public ItemAnswer withRules(List<RuleAnswer> rules) {
		return new ItemAnswer(this.finding, this.subPoints, rules, this.score, this.note, this.checked,
				this.evidenceIds);
	}

	/**
	 * Whether the answer says something about the item: a finding, a score, a rule that
	 * applies, or "checked, none applies".
	 */
	public boolean explicit() {
		return this.finding != null || this.score != null || !this.rules.isEmpty() || this.checked;
	}

}
