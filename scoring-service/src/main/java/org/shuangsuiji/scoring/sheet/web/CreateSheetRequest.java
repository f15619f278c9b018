package org.shuangsuiji.scoring.sheet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.sheet.NewSheet;
import org.shuangsuiji.scoring.sheet.SheetMode;

/**
 * A new sheet for an inspection: {@code inspectionId} (inspection-service's task id) and
 * {@code mode} are all a client needs to send. Agency, region, template and year come
 * from the task; any of them sent anyway must agree with it (422 {@code task-mismatch}).
 *
 * @param mode {@code OFFICIAL} (default: the team's sheet) or {@code INDEPENDENT} (the
 * caller's own, to reconcile with another inspector's)
 */
public record CreateSheetRequest(@Size(max = 63) String templateId, @Min(1) Integer templateVersion,
		@NotBlank @Size(max = 100) String inspectionId, @Size(max = 100) String agencyId,
		@Size(max = 200) String agencyName, @Pattern(regexp = "\\d{6}") String region,
		@Min(2000) @Max(2100) Integer year, SheetMode mode) {

	NewSheet toDomain() {
		return new NewSheet(this.templateId, this.templateVersion, this.inspectionId, this.agencyId, this.agencyName,
				(this.region != null) ? RegionCode.of(this.region) : null, this.year, this.mode);
	}

}
