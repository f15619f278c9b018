package org.shuangsuiji.inspection.feedback.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackInput;
import org.shuangsuiji.inspection.feedback.FeedbackService;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 意见反馈表: filed by the agency, read by it and the organising bureau. */
@RestController
class FeedbackController {

	private final FeedbackService feedback;

	FeedbackController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/api/inspections/tasks/{id}/feedback")
	ResponseEntity<FeedbackView> file(Caller caller, @PathVariable String id,
			@Valid @RequestBody FeedbackRequest request) {
		Feedback filed = this.feedback.file(caller, id,
				new FeedbackInput(request.hasOpinion(), request.text(), request.signer()));
		return ResponseEntity.created(URI.create("/api/inspections/tasks/" + id + "/feedback"))
			.body(FeedbackView.of(filed));
	}

	@GetMapping("/api/inspections/tasks/{id}/feedback")
	FeedbackView get(Caller caller, @PathVariable String id) {
		return FeedbackView.of(this.feedback.get(caller, id));
	}

	@GetMapping("/api/inspections/plans/{planId}/feedback")
	List<FeedbackView> ofPlan(Caller caller, @PathVariable String planId) {
		return this.feedback.ofPlan(caller, new PlanId(planId)).stream().map(FeedbackView::of).toList();
	}

	/** 有无意见, 具体意见建议, 单位负责人签名; lengths are checked by the domain with field names. */
	record FeedbackRequest(Boolean hasOpinion, @Size(max = 4000) String text, @Size(max = 100) String signer) {
	}

	/** A filed form. */
	record FeedbackView(String taskId, String agencyId, String agencyName, boolean hasOpinion, String text,
			String signer, String filedBy, Instant filedAt) {

		static FeedbackView of(Feedback f) {
			return new FeedbackView(f.taskId(), f.agencyId(), f.agencyName(), f.hasOpinion(), f.text(), f.signer(),
					f.filedBy().name(), f.filedAt());
		}

	}

}
