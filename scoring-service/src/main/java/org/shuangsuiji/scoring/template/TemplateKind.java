package org.shuangsuiji.scoring.template;

/** How a template turns answers into an outcome. */
public enum TemplateKind {

	/**
	 * A checklist (监督检查表) answered A 发现 / B 未发现 / C 不适用 per item; the outcome is a
	 * conclusion such as 限期整改, not points.
	 */
	CHECKLIST,

	/**
	 * A points table (检查评分表): parts with maxima, deductions, scored items and bonuses;
	 * the outcome is a total and a grade.
	 */
	DEDUCTION

}
