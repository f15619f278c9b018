package org.shuangsuiji.inspection.task.web;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskRights;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskView;

/**
 * The answer scoring-service and evidence-service ask for (ADR 0404); its field names are
 * the contract. {@code inspectionDate} and {@code team} are left out (null, empty) for a
 * bureau other than the organiser before the notice time.
 */
record TaskAccessResponse(String taskId, String planId, int year, String planRegion, String agencyId, String agencyName,
		String agencyRegion, String templateId, int templateVersion, LocalDate inspectionDate, String status,
		List<Member> team, String relation, TaskRights may) {

	static TaskAccessResponse of(TaskService.Access access) {
		TaskView view = access.view();
		InspectionTask task = view.task();
		boolean shown = view.seesScheduleAndTeam();
		LocalDate date = (shown && task.schedule() != null) ? task.schedule().day() : null;
		List<Member> team = shown
				? task.team().stream().map((m) -> new Member(m.kind().name(), m.personId(), m.name())).toList()
				: List.of();
		return new TaskAccessResponse(task.id(), task.planId().value(), task.year(), task.planRegion().value(),
				task.agencyId(), task.agencyName(), task.agencyRegion().value(), access.template().templateId(),
				access.template().version(), date, task.status().name(), team, view.relation().name(), view.may());
	}

	/** A member of the current team: INSPECTOR or EXPERT, registry person id, name. */
	record Member(String kind, String personId, String name) {
	}

}
