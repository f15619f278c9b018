package org.shuangsuiji.inspection.draw;

/** The two pools people are drawn from. */
public enum PersonKind {

	/** 执法检查人员. */
	INSPECTOR,
	/** 鉴定专家. */
	EXPERT

}
