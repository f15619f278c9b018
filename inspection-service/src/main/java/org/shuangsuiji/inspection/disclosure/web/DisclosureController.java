package org.shuangsuiji.inspection.disclosure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.disclosure.DisclosureService;
import org.shuangsuiji.inspection.task.OrganisedTask;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organiser publishes one inspection's final result (一公开). */
@RestController
class DisclosureController {

	private final DisclosureService disclosure;

	private final TaskService tasks;

	DisclosureController(DisclosureService disclosure, TaskService tasks) {
		this.disclosure = disclosure;
		this.tasks = tasks;
	}

	@PostMapping("/api/inspections/tasks/{id}/publication")
	@PreAuthorize("hasAnyRole('city','province')")
	@ResponseStatus(HttpStatus.CREATED)
	PublishedResultView publish(Caller caller, @PathVariable String id, @RequestBody DisclosurePublishRequest request,
			BodyValidator bodies) {
		OrganisedTask task = this.tasks.requireOrganiser(caller, id);
		bodies.valid(request);
		return PublishedResultView.of(this.disclosure.publish(task, request.organiser()));
	}

	/**
	 * The one field of a publication the platform does not hold: the bureau's name.
	 *
	 * @param organiser 检查实施机关 as published, e.g. 新乡市司法局
	 */
	record DisclosurePublishRequest(@NotBlank @Size(max = 100) String organiser) {
	}

}
