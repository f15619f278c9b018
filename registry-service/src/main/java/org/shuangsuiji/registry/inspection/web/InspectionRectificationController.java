package org.shuangsuiji.registry.inspection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.inspection.Finding;
import org.shuangsuiji.registry.inspection.InspectionRectification;
import org.shuangsuiji.registry.inspection.InspectionRectificationService;
import org.shuangsuiji.registry.inspection.Recorded;
import org.shuangsuiji.registry.inspection.RectificationReport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The settled rectification outcomes of inspections on an agency: written by
 * inspection-service (with the accepting bureau user's token) when the bureau accepts an
 * item, read by whoever may read the agency.
 */
@RestController
@RequestMapping("/api/registry/agencies/{agencyId}/inspection-rectifications")
public class InspectionRectificationController {

	private final InspectionRectificationService outcomes;

	public InspectionRectificationController(InspectionRectificationService outcomes) {
		this.outcomes = outcomes;
	}

	/** Records (201) or repeats or replaces (200) the outcome of one item. */
	@PutMapping("/{taskId}/{itemId}")
	ResponseEntity<OutcomeResponse> put(Caller caller, @PathVariable String agencyId, @PathVariable String taskId,
			@PathVariable String itemId, @RequestBody OutcomeRequest request) {
		Recorded recorded = this.outcomes.record(caller, agencyId, taskId, itemId, request.toReport());
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(OutcomeResponse.of(recorded.entry()));
	}

	@GetMapping
	List<OutcomeResponse> list(Caller caller, @PathVariable String agencyId) {
		return this.outcomes.ofAgency(caller, agencyId).stream().map(OutcomeResponse::of).toList();
	}

	/**
	 * The outcome of one rectification item, as inspection-service reports it.
	 *
	 * @param planId the inspection plan
	 * @param finding the finding the item came from
	 * @param deadline the 整改时限
	 * @param outcome {@code ACCEPTED}
	 * @param acceptedAt when the bureau accepted
	 * @param comment the bureau's comment, optional
	 */
	public record OutcomeRequest(String planId, FindingBody finding, LocalDate deadline, String outcome,
			Instant acceptedAt, String comment) {

		RectificationReport toReport() {
			Finding f = (this.finding != null)
					? new Finding(this.finding.ref(), this.finding.templateItemId(), this.finding.text()) : null;
			return new RectificationReport(this.planId, f, this.deadline, this.outcome, this.acceptedAt, this.comment);
		}

	}

	/**
	 * The finding: its reference in the inspection ({@code F1} …), the checklist item it
	 * concerns (optional), and what had to be put right.
	 */
	public record FindingBody(String ref, String templateItemId, String text) {
	}

	/**
	 * One recorded outcome; {@code acceptedBy*} is the bureau user whose token wrote it.
	 */
	public record OutcomeResponse(String agencyId, String planId, String taskId, String itemId, FindingBody finding,
			LocalDate deadline, String outcome, String acceptedById, String acceptedByName, Instant acceptedAt,
			String comment) {

		static OutcomeResponse of(InspectionRectification e) {
			return new OutcomeResponse(e.agencyId(), e.planId(), e.taskId(), e.itemId(),
					new FindingBody(e.finding().ref(), e.finding().templateItemId(), e.finding().text()), e.deadline(),
					e.outcome().name(), e.acceptedById(), e.acceptedByName(), e.acceptedAt(), e.comment());
		}

	}

}
