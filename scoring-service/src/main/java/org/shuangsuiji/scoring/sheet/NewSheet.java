package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What a sheet is created for.
 *
 * @param templateId the template
 * @param templateVersion its version
 * @param inspectionId the inspection in inspection-service
 * @param agencyId the inspected agency
 * @param agencyName its name
 * @param region the agency's region
 * @param year the inspection year, or {@code null} for the template's year
 * @param mode official (the team's) or independent (the caller's own)
 */
public record NewSheet(String templateId, int templateVersion, String inspectionId, String agencyId, String agencyName,
		RegionCode region, Integer year, SheetMode mode) {

}
