package org.shuangsuiji.registry.agency;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** Whether an agency may practise: 执业, 暂停执业 or 注销. */
public enum AgencyStatus implements ChineseNamed {

	ACTIVE("执业"), SUSPENDED("暂停执业"), CANCELLED("注销");

	private final String chineseName;

	AgencyStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

}
