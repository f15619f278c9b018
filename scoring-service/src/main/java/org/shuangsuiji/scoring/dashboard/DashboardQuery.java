package org.shuangsuiji.scoring.dashboard;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * Which sheets a dashboard covers: submitted official sheets of agencies in
 * {@code region}, optionally of one year and one template.
 */
public record DashboardQuery(RegionCode region, Integer year, String templateId) {

}
