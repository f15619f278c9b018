package org.shuangsuiji.inspection.task.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.OrganisedTask;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection tasks, read by the caller's relation to each (ADR 0404): the team (by the
 * token's {@code person_id}), the organising bureau, the county of the agency (without
 * date and team before the notice time), the agency from the notice time on. The on-site
 * steps are in {@link OnSiteController}.
 */
@RestController
@RequestMapping("/api/inspections/tasks")
class TaskController {

	private final TaskService tasks;

	TaskController(TaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	List<TaskResponse> list(Caller caller, @RequestParam(required = false) String planId,
			@RequestParam(required = false) Integer year) {
		return this.tasks.views(caller, (planId != null) ? new PlanId(planId) : null, year)
			.stream()
			.map(TaskResponse::of)
			.toList();
	}

	/** 404 for a task the caller may not see (its existence is not disclosed). */
	@GetMapping("/{id}")
	TaskResponse get(Caller caller, @PathVariable String id) {
		return TaskResponse.of(this.tasks.view(caller, id));
	}

	/**
	 * The caller's relation and rights, asked by scoring-service and evidence-service
	 * with the user's token relayed: 404 {@code task-not-found}, 403
	 * {@code out-of-scope}.
	 */
	@GetMapping("/{id}/access")
	TaskAccessResponse access(Caller caller, @PathVariable String id) {
		return TaskAccessResponse.of(this.tasks.access(caller, id));
	}

	/** Times are China Standard Time (Asia/Shanghai). */
	@PutMapping("/{id}/schedule")
	@PreAuthorize("hasAnyRole('city','province')")
	TaskResponse schedule(Caller caller, @PathVariable String id, @RequestBody ScheduleRequest request,
			BodyValidator bodies) {
		OrganisedTask task = this.tasks.requireOrganiser(caller, id);
		bodies.valid(request);
		LocalTime start = (request.start() != null) ? request.start() : LocalTime.of(9, 0);
		this.tasks.schedule(task, request.day(), start, request.notifyAt());
		return TaskResponse.of(this.tasks.view(caller, id));
	}

	/** The visit day, its start (default 09:00) and when the agency is told. */
	record ScheduleRequest(@NotNull LocalDate day, LocalTime start, @NotNull LocalDateTime notifyAt) {
	}

}
