package org.shuangsuiji.scoring.template;

/** The shape of a rule's answer and how it turns into points. */
public enum RuleKind {

	/** Applies once with fixed points ("扣3分"). */
	FIXED,

	/** Points per occurrence ("每件扣2分", "每人次扣3分", "每发现一次扣3分", "一篇加1分"). */
	PER_OCCURRENCE,

	/**
	 * Points chosen by the scorer within a bound per occurrence, in steps (酌情扣分, or a
	 * deduction an expert assesses).
	 */
	DISCRETIONARY,

	/** Points by the tier the counted occurrences fall into ("5篇及以上加1.5分"). */
	TIERED,

	/** No points; applying it recommends an action (注销相应业务类别). */
	CONSEQUENCE

}
