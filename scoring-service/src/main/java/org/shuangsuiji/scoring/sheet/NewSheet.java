package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * What a sheet is created for. Only {@code inspectionId} is needed: the rest comes from
 * the task in inspection-service (ADR 0404); what a client still sends must agree with
 * it, or the request is refused with {@code task-mismatch}.
 *
 * @param templateId the template, or {@code null}
 * @param templateVersion its version, or {@code null}
 * @param inspectionId the inspection: inspection-service's task id
 * @param agencyId the inspected agency, or {@code null}
 * @param agencyName its name, or {@code null}
 * @param region the agency's region, or {@code null}
 * @param year the inspection year, or {@code null}
 * @param mode official (the team's) or independent (the caller's own); {@code null} for
 * official
 */
public record NewSheet(String templateId, Integer templateVersion, String inspectionId, String agencyId,
		String agencyName, RegionCode region, Integer year, SheetMode mode) {

}
