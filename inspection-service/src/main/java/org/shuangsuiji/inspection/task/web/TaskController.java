package org.shuangsuiji.inspection.task.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection tasks. An inspector's or expert's token may carry a {@code person_id} claim
 * (the registry person id); then they see the tasks they are on, otherwise the tasks of
 * their region. An agency sees its own tasks once it has been notified.
 */
@RestController
@RequestMapping("/api/inspections/tasks")
class TaskController {

	static final String PERSON_ID = "person_id";

	private final TaskService tasks;

	TaskController(TaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	List<TaskResponse> list(Caller caller, @AuthenticationPrincipal Jwt jwt,
			@RequestParam(required = false) String planId, @RequestParam(required = false) Integer year) {
		return this.tasks.list(caller, personId(jwt), (planId != null) ? new PlanId(planId) : null, year)
			.stream()
			.map(TaskResponse::of)
			.toList();
	}

	@GetMapping("/{id}")
	TaskResponse get(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return TaskResponse.of(this.tasks.get(caller, personId(jwt), id));
	}

	/** Times are China Standard Time (Asia/Shanghai). */
	@PutMapping("/{id}/schedule")
	@PreAuthorize("hasAnyRole('city','province')")
	TaskResponse schedule(Caller caller, @PathVariable String id, @Valid @RequestBody ScheduleRequest request) {
		LocalTime start = (request.start() != null) ? request.start() : LocalTime.of(9, 0);
		return TaskResponse.of(this.tasks.schedule(caller, id, request.day(), start, request.notifyAt()));
	}

	private static Optional<String> personId(Jwt jwt) {
		return Optional.ofNullable(jwt).map((token) -> token.getClaimAsString(PERSON_ID)).filter((id) -> !id.isBlank());
	}

	/** The visit day, its start (default 09:00) and when the agency is told. */
	record ScheduleRequest(@NotNull LocalDate day, LocalTime start, @NotNull LocalDateTime notifyAt) {
	}

	/** A task as shown. */
	record TaskResponse(String id, String planId, int year, String agencyId, String agencyName, String agencyRegion,
			List<TaskMember> team, TaskSchedule schedule, String status, String withdrawnReason) {

		static TaskResponse of(InspectionTask task) {
			return new TaskResponse(task.id(), task.planId().value(), task.year(), task.agencyId(), task.agencyName(),
					task.agencyRegion().value(), task.team(), task.schedule(), task.status().name(),
					task.withdrawnReason());
		}

	}

}
