package org.shuangsuiji.inspection.task.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.task.AgencyCertificate;
import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * The fact sheet (事实确认单) of a task and the agency's answer to it.
 *
 * @param contentHash SHA-256 of the canonical JSON of the sheet's content (see
 * {@link FactSheet})
 */
record FactSheetResponse(String taskId, String status, String agencyName, String creditCode,
		List<String> categoriesInspected, List<AgencyCertificate> certificates, List<String> facts, Instant issuedAt,
		String issuedByUserId, String issuedByName, List<String> team, String contentHash,
		FactSheetAnswerResponse answer) {

	static FactSheetResponse of(InspectionTask task) {
		FactSheet sheet = task.onSite().factSheet();
		return new FactSheetResponse(task.id(), task.status().name(), sheet.agencyName(), sheet.creditCode(),
				sheet.categoriesInspected().stream().map(BusinessCategory::name).toList(), sheet.certificates(),
				sheet.facts(), sheet.issuedAt(), sheet.issuedByUserId(), sheet.issuedByName(), sheet.team(),
				sheet.contentHash(), FactSheetAnswerResponse.of(task.onSite().answer()));
	}

}
