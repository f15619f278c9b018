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
 */
public record Item(String id, String number, String title, String requirement, List<SubPoint> subPoints,
		List<Rule> rules, DirectScore directScore, String note) {

	public Item {
		subPoints = (subPoints != null) ? List.copyOf(subPoints) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** Whether the item has numbered sub-points whose finding recommends an action. */
	public boolean hasActionSubPoints() {
		return this.subPoints.stream().anyMatch((point) -> point.number() != null && point.action() != null);
	}

}
