package org.shuangsuiji.localrun;

import java.util.List;

/**
 * The demo accounts of keycloak/realm-shuangsuiji.json, printed at start (local realm
 * only).
 */
final class DemoUsers {

	record DemoUser(String username, String role, String region, String description) {
	}

	static final List<DemoUser> ALL = List.of(new DemoUser("henan-province", "province", "410000", "河南省司法厅"),
			new DemoUser("xinxiang-city", "city", "410700", "新乡市司法局"),
			new DemoUser("yuanyang-county", "county", "410725", "原阳县司法局"),
			new DemoUser("changyuan-county", "county", "410783", "长垣市司法局"),
			new DemoUser("hubei-province", "province", "420000", "湖北省司法厅"),
			new DemoUser("ezhou-city", "city", "420700", "鄂州市司法局"),
			new DemoUser("ministry", "ministry", "000000", "司法部公共法律服务管理局 (national dashboards, read only)"),
			new DemoUser("xinxiang-inspector-1", "inspector", "410700", "新乡 执法检查人员 demo-insp-29"),
			new DemoUser("xinxiang-inspector-2", "inspector", "410700", "新乡 执法检查人员 demo-insp-05"),
			new DemoUser("xinxiang-inspector-3", "inspector", "410700", "新乡 执法检查人员 demo-insp-10"),
			new DemoUser("xinxiang-inspector-4", "inspector", "410700", "新乡 执法检查人员 demo-insp-22"),
			new DemoUser("ezhou-inspector-1", "inspector", "420700", "鄂州 执法检查人员 demo-insp-31"),
			new DemoUser("ezhou-inspector-2", "inspector", "420700", "鄂州 执法检查人员 demo-insp-32"),
			new DemoUser("xinxiang-expert-1", "expert", "410700", "新乡 鉴定专家 demo-exp-01"),
			new DemoUser("ezhou-expert-1", "expert", "420700", "鄂州 鉴定专家 demo-exp-11"),
			new DemoUser("xinxiang-agency-1", "agency", "410702", "demo-xx-01 (fictional agency)"),
			new DemoUser("xinxiang-agency-2", "agency", "410725", "demo-xx-02 (fictional agency)"),
			new DemoUser("xinxiang-agency-3", "agency", "410703", "demo-xx-03 (fictional agency)"),
			new DemoUser("xinxiang-agency-4", "agency", "410704", "demo-xx-04 (fictional agency)"),
			new DemoUser("xinxiang-agency-5", "agency", "410711", "demo-xx-29 (fictional agency)"),
			new DemoUser("ezhou-agency-1", "agency", "420704", "demo-ez-01 (fictional agency)"));

	private DemoUsers() {
	}

}
