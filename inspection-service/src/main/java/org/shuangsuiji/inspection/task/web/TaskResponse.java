package org.shuangsuiji.inspection.task.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.task.FactSheet;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.Seal;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskRights;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStep;
import org.shuangsuiji.inspection.task.TaskView;

/**
 * A task as the caller may see it. For a bureau other than the organiser before the
 * notice time, {@code schedule}, {@code team}, {@code steps}, {@code mainFindings} and
 * {@code factSheet} are left out (unannounced inspection).
 *
 * @param relation TEAM, ORGANISER, BUREAU or AGENCY
 * @param redacted whether the visit's date, team and on-site record were left out
 * @param checkedInAt when the team arrived, if it did
 * @param steps the on-site steps, in order
 * @param mainFindings the main findings of the internal discussion
 * @param factSheet the fact sheet, in short
 * @param answer the agency's answer to the fact sheet
 * @param seal set once closed
 * @param may what the caller may do in scoring-service and evidence-service
 */
record TaskResponse(String id, String planId, int year, String agencyId, String agencyName, String agencyRegion,
		String relation, boolean redacted, List<TaskMember> team, TaskSchedule schedule, String status,
		String withdrawnReason, Instant checkedInAt, List<TaskStep> steps, List<String> mainFindings,
		FactSheetSummary factSheet, FactSheetAnswerResponse answer, Seal seal, TaskRights may) {

	static TaskResponse of(TaskView view) {
		InspectionTask task = view.task();
		boolean shown = view.seesScheduleAndTeam();
		FactSheet sheet = task.onSite().factSheet();
		return new TaskResponse(task.id(), task.planId().value(), task.year(), task.agencyId(), task.agencyName(),
				task.agencyRegion().value(), view.relation().name(), !shown, shown ? task.team() : List.of(),
				shown ? task.schedule() : null, task.status().name(), task.withdrawnReason(),
				shown ? task.checkedInAt().orElse(null) : null, shown ? task.onSite().steps() : List.of(),
				shown ? task.onSite().mainFindings() : List.of(),
				(shown && sheet != null) ? FactSheetSummary.of(sheet) : null,
				shown ? FactSheetAnswerResponse.of(task.onSite().answer()) : null, task.onSite().seal(), view.may());
	}

	/**
	 * The fact sheet in short; the whole sheet is at {@code /fact-sheet}.
	 *
	 * @param issuedAt when it was issued
	 * @param issuedByName by whom
	 * @param facts how many facts it states
	 * @param contentHash its hash
	 */
	record FactSheetSummary(Instant issuedAt, String issuedByName, int facts, String contentHash) {

		static FactSheetSummary of(FactSheet sheet) {
			return new FactSheetSummary(sheet.issuedAt(), sheet.issuedByName(), sheet.facts().size(),
					sheet.contentHash());
		}

	}

}
