package org.shuangsuiji.scoring.dashboard;

import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Which sheets a dashboard covers: submitted official sheets of agencies in
 * {@code region} (a region or the nation), optionally of one year and one template.
 */
public record DashboardQuery(Area region, Integer year, String templateId) {

	/** The sheets of one province, city or county. */
	public DashboardQuery(RegionCode region, Integer year, String templateId) {
		this(Area.of(region), year, templateId);
	}

}
