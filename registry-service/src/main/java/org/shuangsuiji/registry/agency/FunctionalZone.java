package org.shuangsuiji.registry.agency;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** The functional areas of the premises that 新乡 item 1 and 鄂州 item 7 look for. */
public enum FunctionalZone implements ChineseNamed {

	RECEPTION("接待室"), EXAMINATION("检查室"), APPRAISAL("鉴定室"), ARCHIVE("档案室"), LABORATORY("实验室"),
	MATERIAL_STORAGE("检材保管室");

	private final String chineseName;

	FunctionalZone(String chineseName) {
		this.chineseName = chineseName;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

}
