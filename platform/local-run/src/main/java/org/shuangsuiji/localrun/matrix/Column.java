package org.shuangsuiji.localrun.matrix;

/**
 * A caller of the matrix (one column): a demo account of keycloak/realm-shuangsuiji.json,
 * or nobody. The probed records are those of the 新乡 2024 inspection of {@code demo-xx-02}
 * (an agency of 原阳县 410725), so "in" and "out" are relative to it.
 */
enum Column {

	ANONYMOUS(null, "anonymous"),

	PROVINCE_IN("henan-province", "province 河南"),

	PROVINCE_OUT("hubei-province", "province 湖北"),

	CITY_IN("xinxiang-city", "city 新乡"),

	CITY_OUT("ezhou-city", "city 鄂州"),

	COUNTY_IN("yuanyang-county", "county 原阳 (the agency's)"),

	COUNTY_OUT("changyuan-county", "county 长垣 (same city)"),

	INSPECTOR_ON("xinxiang-inspector-2", "inspector on the team"),

	INSPECTOR_OFF("xinxiang-inspector-1", "inspector not on it"),

	EXPERT_OFF("xinxiang-expert-1", "expert not on it"),

	AGENCY_OWN("xinxiang-agency-2", "agency: its own"),

	AGENCY_OTHER("xinxiang-agency-1", "agency: another"),

	/**
	 * 司法部公共法律服务管理局: the dashboards, the region tree and public reads, nothing else (ADR
	 * 0006).
	 */
	MINISTRY("ministry", "ministry 司法部 (read only)");

	private final String username;

	private final String label;

	Column(String username, String label) {
		this.username = username;
		this.label = label;
	}

	/** The demo account, or {@code null} for no token. */
	String username() {
		return this.username;
	}

	String label() {
		return this.label;
	}

	/** The report's short column head. */
	String head() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
