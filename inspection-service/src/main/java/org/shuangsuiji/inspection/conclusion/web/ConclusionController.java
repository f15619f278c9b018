package org.shuangsuiji.inspection.conclusion.web;

import java.util.Optional;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.ConclusionService;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.Proposal;
import org.shuangsuiji.inspection.task.OrganisedTask;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's conclusion (检查结论): read by the bureaus covering the agency and the team,
 * recorded by the organising bureau once the task is closed.
 */
@RestController
@RequestMapping("/api/inspections/tasks/{id}/conclusion")
class ConclusionController {

	private final ConclusionService conclusions;

	private final TaskService tasks;

	ConclusionController(ConclusionService conclusions, TaskService tasks) {
		this.conclusions = conclusions;
		this.tasks = tasks;
	}

	@GetMapping
	ConclusionView get(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return ConclusionView.of(this.conclusions.report(caller, personId(jwt), id));
	}

	@PutMapping
	@PreAuthorize("hasAnyRole('city','province')")
	ConclusionView record(Caller caller, @PathVariable String id, @RequestBody ConclusionRequest request,
			BodyValidator bodies) {
		OrganisedTask task = this.tasks.requireOrganiser(caller, id);
		bodies.valid(request);
		Proposal proposal = new Proposal(new Outcome(request.outcome(), request.outcomeLabel()), request.reason(),
				request.actions().stream().map((a) -> new Action(a.code(), a.label(), null)).toList(),
				Boolean.TRUE.equals(request.sendToProvince()));
		return ConclusionView.of(this.conclusions.record(task, proposal));
	}

	private static Optional<String> personId(Jwt jwt) {
		return Optional.ofNullable(jwt).map((token) -> token.getClaimAsString("person_id")).filter((p) -> !p.isBlank());
	}

}
