package org.shuangsuiji.scoring.sheet;

/** Whose sheet it is. */
public enum SheetMode {

	/**
	 * The inspection's sheet, answered together by the team; the one results and
	 * dashboards count. One per inspection.
	 */
	OFFICIAL,

	/**
	 * One inspector's own scoring, kept apart so that two inspectors can score
	 * independently and then reconcile. One per inspector and inspection.
	 */
	INDEPENDENT

}
