package org.shuangsuiji.registry.appraiser;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** 执业, 暂停执业, 已离职 (left the agency) or 注销. */
public enum AppraiserStatus implements ChineseNamed {

	ACTIVE("执业"), SUSPENDED("暂停执业"), LEFT("已离职"), CANCELLED("注销");

	private final String chineseName;

	AppraiserStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

}
