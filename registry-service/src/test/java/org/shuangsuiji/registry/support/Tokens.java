package org.shuangsuiji.registry.support;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/** Bearer headers for the callers the scope tests speak about. */
public final class Tokens {

	private Tokens() {
	}

	public static String henanProvince() {
		return TestJwts.as(Role.PROVINCE).region("410000").subject("henan-1").name("省厅张").bearer();
	}

	public static String hubeiProvince() {
		return TestJwts.as(Role.PROVINCE).region("420000").subject("hubei-1").name("鄂厅钱").bearer();
	}

	/** The province bureau of the province a region code lies in. */
	public static String provinceOf(String region) {
		return region.startsWith("42") ? hubeiProvince() : henanProvince();
	}

	public static String xinxiangCity() {
		return TestJwts.as(Role.CITY).region("410700").subject("xx-city-1").name("新乡王").bearer();
	}

	public static String ezhouCity() {
		return TestJwts.as(Role.CITY).region("420700").subject("ez-city-1").name("鄂州李").bearer();
	}

	public static String yuanyangCounty() {
		return TestJwts.as(Role.COUNTY).region("410725").subject("yy-county-1").name("原阳赵").bearer();
	}

	public static String inspectorIn(String region) {
		return TestJwts.as(Role.INSPECTOR).region(region).subject("insp-1").name("检查员").bearer();
	}

	public static String expertIn(String region) {
		return TestJwts.as(Role.EXPERT).region(region).subject("exp-1").name("专家").bearer();
	}

	public static String agency(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

}
