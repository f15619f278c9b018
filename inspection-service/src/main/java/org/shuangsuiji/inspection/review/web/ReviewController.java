package org.shuangsuiji.inspection.review.web;

import java.util.List;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.ReviewStatus;
import org.shuangsuiji.inspection.review.ConclusionUnderReview;
import org.shuangsuiji.inspection.review.ReviewDecision;
import org.shuangsuiji.inspection.review.ReviewService;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provincial review queue (复核研判) and the province's decisions. */
@RestController
@RequestMapping("/api/inspections/reviews")
class ReviewController {

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('city','province')")
	List<ReviewEntryView> queue(Caller caller, @RequestParam(defaultValue = "PENDING") ReviewStatus status) {
		return this.reviews.queue(caller, status).stream().map(ReviewEntryView::of).toList();
	}

	@PostMapping("/{taskId}/decision")
	@PreAuthorize("hasRole('province')")
	ReviewEntryView decide(Caller caller, @PathVariable String taskId, @RequestBody ReviewDecisionRequest request,
			BodyValidator bodies) {
		ConclusionUnderReview review = this.reviews.requireProvince(caller, taskId);
		bodies.valid(request);
		boolean confirm = "CONFIRM".equals(request.decision());
		Outcome outcome = (request.outcome() != null && !request.outcome().isBlank())
				? new Outcome(request.outcome(), request.outcomeLabel()) : null;
		List<Action> actions = (request.actions() != null)
				? request.actions().stream().map((a) -> new Action(a.code(), a.label(), null)).toList() : null;
		return ReviewEntryView
			.of(this.reviews.decide(review, new ReviewDecision(confirm, outcome, actions, request.note())));
	}

}
