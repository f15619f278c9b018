package org.shuangsuiji.inspection.dashboard;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * One province and plan year: the grain of the national view's stored tallies.
 *
 * @param province a province code (GB/T 2260, {@code ..0000})
 * @param year the plan year
 */
public record ProvinceYear(RegionCode province, int year) {

	public ProvinceYear {
		if (province == null || !province.equals(province.province())) {
			throw new IllegalArgumentException("not a province code: " + province);
		}
	}

	/** The province of the agency's region and the plan year. */
	public static ProvinceYear of(RegionCode agencyRegion, int year) {
		return new ProvinceYear(agencyRegion.province(), year);
	}

}
