package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * Which sheets to list. {@code null} fields do not filter.
 *
 * @param within sheets of agencies inside this region
 * @param agencyId one agency's sheets
 * @param inspectionId one inspection's sheets
 * @param year the inspection year
 * @param status drafts or submitted sheets
 * @param mode official or independent sheets
 * @param limit the most sheets to return
 */
public record SheetQuery(RegionCode within, String agencyId, String inspectionId, Integer year, SheetStatus status,
		SheetMode mode, int limit) {

}
