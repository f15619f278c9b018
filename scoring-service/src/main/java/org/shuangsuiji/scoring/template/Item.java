package org.shuangsuiji.scoring.template;

import java.util.List;

/**
 * One row of a template: a checklist item with its sub-points, a deduction or bonus item
 * with its rules, or a directly scored item.
 *
 * @param id stable id, unique in the template ({@code [A-Za-z0-9_-]+}, it is a key in
 * stored sheets)
 * @param number the seed's numbering ("1" … "21"), or {@code null} for an unnumbered row
 * @param title what is inspected (检查内容 / 抽查内容), in the seed's words
 * @param requirement the requirement column where it is one text (指标要求 of scored items),
 * or {@code null}
 * @param subPoints the numbered points of a checklist item (检查方法及证明材料要求)
 * @param rules the deduction or bonus rules of the item
 * @param directScore how a directly scored item is entered, or {@code null}
 * @param note remarks on how the seed was read
 * @param action what an A 发现 on a checklist item recommends, whichever sub-points were
 * found (the falsification items), or {@code null}
 */
public record Item(String id, String number, String title, String requirement, List<SubPoint> subPoints,
		List<Rule> rules, DirectScore directScore, String note, Action action) {

	public Item {
		subPoints = (subPoints != null) ? List.copyOf(subPoints) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** An item that recommends nothing by itself. */
	public Item(String id, String number, String title, String requirement, List<SubPoint> subPoints, List<Rule> rules,
			DirectScore directScore, String note) {
		this(id, number, title, requirement, subPoints, rules, directScore, note, null);
	}

	/**
	 * Whether only an expert (鉴定专家) answers the item: its direct score or every one of
	 * its rules is the expert's (此项由专家评分).
	 */
	public boolean expertOnly() {
		if (this.directScore != null) {
			return this.directScore.expert();
		}
		return !this.rules.isEmpty() && this.rules.stream().allMatch(Rule::expert);
	}

	/** Whether the item has numbered sub-points whose finding recommends an action. */
	public boolean hasActionSubPoints() {
		return this.subPoints.stream().anyMatch((point) -> point.number() != null && point.action() != null);
	}

}
