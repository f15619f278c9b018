package org.shuangsuiji.platform.region;

/** The three levels of GB/T 2260 that the platform's bureaus sit at. */
public enum RegionLevel {

	/** 省级. */
	PROVINCE,
	/** 地级 (市). */
	CITY,
	/** 县级 (县、县级市、区). */
	COUNTY

}
