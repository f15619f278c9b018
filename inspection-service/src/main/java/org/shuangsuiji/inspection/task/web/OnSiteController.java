package org.shuangsuiji.inspection.task.web;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.task.OnSiteService;
import org.shuangsuiji.inspection.task.TaskView;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-site steps of a task (seed 000 附件2 二, ADR 0404). Every step answers the task;
 * 403 for a caller who may not take it, 409 {@code task-step-out-of-order} (with
 * {@code current} and {@code wanted}) for a step out of order, 409 {@code stale-version}
 * when another member took a step meanwhile.
 */
@RestController
@RequestMapping("/api/inspections/tasks/{id}")
class OnSiteController {

	private final OnSiteService onSite;

	OnSiteController(OnSiteService onSite) {
		this.onSite = onSite;
	}

	/** The team arrived (team; from SCHEDULED and the notice time on). */
	@PostMapping("/check-in")
	TaskResponse checkIn(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) CheckInRequest request) {
		CheckInRequest given = (request != null) ? request : new CheckInRequest(null, null);
		return TaskResponse.of(this.onSite.checkIn(caller, id, given.at(), given.note()));
	}

	/** Checking item by item starts after the opening meeting (team). */
	@PostMapping("/start-checking")
	TaskResponse startChecking(Caller caller, @PathVariable String id) {
		return TaskResponse.of(this.onSite.startChecking(caller, id));
	}

	/** The internal discussion fixed the main findings (team). */
	@PostMapping("/findings-discussed")
	TaskResponse findingsDiscussed(Caller caller, @PathVariable String id, @RequestBody FindingsRequest request,
			BodyValidator bodies) {
		return step(this.onSite.requireTeam(caller, id), request, bodies,
				(task, body) -> this.onSite.findingsDiscussed(task, body.mainFindings()));
	}

	/** Issues the fact sheet (team); the facts default to the main findings. */
	@PostMapping("/fact-sheet")
	TaskResponse issueFactSheet(Caller caller, @PathVariable String id, @RequestBody FactSheetRequest request,
			BodyValidator bodies) {
		return step(this.onSite.requireTeam(caller, id), request, bodies,
				(task, body) -> this.onSite.issueFactSheet(task, body.categoriesInspected(), body.facts()));
	}

	/** The fact sheet (team, organiser, a bureau covering the agency, the agency). */
	@GetMapping("/fact-sheet")
	FactSheetResponse factSheet(Caller caller, @PathVariable String id) {
		return FactSheetResponse.of(this.onSite.factSheet(caller, id));
	}

	/** The agency's account confirms the fact sheet with the signed scan. */
	@PostMapping("/fact-sheet/confirmation")
	TaskResponse confirm(Caller caller, @PathVariable String id, @RequestBody ConfirmationRequest request,
			BodyValidator bodies) {
		return step(this.onSite.requireAgency(caller, id), request, bodies,
				(task, body) -> this.onSite.confirmFactSheet(task, body.signedScanEvidenceId(), body.opinion()));
	}

	/** The team records the agency's refusal to sign, with the evidence it kept. */
	@PostMapping("/fact-sheet/refusal")
	TaskResponse refuse(Caller caller, @PathVariable String id, @RequestBody RefusalRequest request,
			BodyValidator bodies) {
		return step(this.onSite.requireTeam(caller, id), request, bodies,
				(task, body) -> this.onSite.refuseFactSheet(task, body.reason(), body.evidenceIds()));
	}

	/**
	 * Closes and seals the task (team or organiser): 422 {@code photos-missing}, 422
	 * {@code sheet-not-submitted}, 503 when evidence-service or scoring-service fails.
	 */
	@PostMapping("/close")
	TaskResponse close(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) CloseRequest request) {
		return TaskResponse.of(this.onSite.close(caller, id, (request != null) ? request.note() : null));
	}

	/**
	 * A step with a body, once the caller's place in the task is established: a caller
	 * who may not take it gets 403 before anything about the body, then 400 for a bad
	 * body.
	 */
	private static <T, B> TaskResponse step(T task, B request, BodyValidator bodies, BiFunction<T, B, TaskView> step) {
		bodies.valid(request);
		return TaskResponse.of(step.apply(task, request));
	}

	/** When the team arrived (default now; not in the future), and a note. */
	record CheckInRequest(Instant at, @Size(max = 2000) String note) {
	}

	/** 汇总确定的主要检查发现问题: 1 to 50 findings. */
	record FindingsRequest(@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 2000) String> mainFindings) {
	}

	/** The categories inspected, and the facts (default: the main findings). */
	record FactSheetRequest(@NotEmpty List<@NotNull BusinessCategory> categoriesInspected,
			@Size(max = 50) List<@NotBlank @Size(max = 2000) String> facts) {
	}

	/** The evidence-service id of the signed sheet's scan, and the agency's remark. */
	record ConfirmationRequest(@NotBlank @Size(max = 64) String signedScanEvidenceId,
			@Size(max = 2000) String opinion) {
	}

	/** What happened, and the evidence the team kept (at least one record). */
	record RefusalRequest(@NotBlank @Size(max = 2000) String reason,
			@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 64) String> evidenceIds) {
	}

	record CloseRequest(@Size(max = 500) String note) {
	}

}
