package org.shuangsuiji.scoring.engine;

/** What a trace entry records. */
public enum TraceKind {

	/** A checklist item answered A 发现. */
	FINDING,

	/** Points taken off by a rule. */
	DEDUCTION,

	/** Points added by a bonus rule. */
	BONUS,

	/**
	 * Points of a directly scored item (an expert's score, an external score × factor).
	 */
	DIRECT_SCORE,

	/** A rule that recommends an action instead of points. */
	CONSEQUENCE,

	/**
	 * Occurrences not counted because the same content already counted at a higher level.
	 */
	NOT_COUNTED,

	/** A part's deductions reached its floor (扣完为止). */
	PART_FLOOR,

	/** A part's bonuses reached its cap. */
	PART_CAP,

	/** A pool of parts reached its floor. */
	POOL_FLOOR,

	/** The total reached the template's cap. */
	TOTAL_CAP

}
