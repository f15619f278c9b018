package org.shuangsuiji.scoring.template;

/** How a part's score is made from its items. */
public enum PartKind {

	/** Items are only checked (A/B/C); the part has no points. */
	CHECKLIST,

	/**
	 * The part starts at its maximum and rules deduct from it (扣分), down to its floor.
	 */
	DEDUCTION,

	/** The part is the sum of directly scored items (专家评分, external scores). */
	SCORED,

	/** The part is the sum of bonus rules (加分), capped at its maximum. */
	BONUS

}
