package org.shuangsuiji.inspection.rectification.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.rectification.NewItem;
import org.shuangsuiji.inspection.rectification.Rectification;
import org.shuangsuiji.inspection.rectification.RectificationItem;
import org.shuangsuiji.inspection.rectification.RectificationService;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 整改: set by the organiser, answered by the agency, reviewed by the organiser. */
@RestController
class RectificationController {

	private final RectificationService rectifications;

	RectificationController(RectificationService rectifications) {
		this.rectifications = rectifications;
	}

	@PostMapping("/api/inspections/tasks/{id}/rectifications")
	ResponseEntity<RectificationView> set(Caller caller, @PathVariable String id,
			@Valid @RequestBody RectificationItemsRequest request) {
		List<NewItem> items = (request.items() == null) ? List.of()
				: request.items()
					.stream()
					.map((item) -> (item == null) ? null
							: new NewItem(item.findingRef(), item.itemId(), item.description(), item.deadline()))
					.toList();
		Rectification saved = this.rectifications.set(caller, id, items);
		return ResponseEntity.created(URI.create("/api/inspections/tasks/" + id + "/rectifications")).body(view(saved));
	}

	@GetMapping("/api/inspections/tasks/{id}/rectifications")
	RectificationView get(Caller caller, @PathVariable String id) {
		return view(this.rectifications.get(caller, id));
	}

	@PostMapping("/api/inspections/tasks/{id}/rectifications/{itemId}/response")
	RectificationView respond(Caller caller, @PathVariable String id, @PathVariable String itemId,
			@Valid @RequestBody RectificationResponseRequest request) {
		return view(this.rectifications.respond(caller, id, itemId, request.text(),
				(request.evidenceIds() != null) ? request.evidenceIds() : List.of()));
	}

	@PostMapping("/api/inspections/tasks/{id}/rectifications/{itemId}/review")
	RectificationView review(Caller caller, @PathVariable String id, @PathVariable String itemId,
			@Valid @RequestBody RectificationReviewRequest request) {
		return view(this.rectifications.review(caller, id, itemId, request.accept(), request.comment()));
	}

	/**
	 * The plan's rectifications; {@code overdue=true} keeps those with an overdue item.
	 */
	@GetMapping("/api/inspections/plans/{planId}/rectifications")
	List<RectificationView> ofPlan(Caller caller, @PathVariable String planId,
			@RequestParam(defaultValue = "false") boolean overdue) {
		return this.rectifications.ofPlan(caller, new PlanId(planId))
			.stream()
			.map(this::view)
			.filter((view) -> !overdue || view.overdueItems() > 0)
			.toList();
	}

	private RectificationView view(Rectification r) {
		LocalDate today = this.rectifications.today();
		List<RectificationItemView> items = r.items().stream().map((item) -> itemView(item, today)).toList();
		int overdue = (int) items.stream().filter(RectificationItemView::overdue).count();
		return new RectificationView(r.taskId(), r.planId(), r.agencyId(), r.agencyName(), r.complete(),
				r.completedAt(), overdue, items);
	}

	private static RectificationItemView itemView(RectificationItem item, LocalDate today) {
		return new RectificationItemView(item.id(), item.findingRef(), item.checklistItem(), item.description(),
				item.deadline(), item.status().name(), item.overdueOn(today),
				item.responses()
					.stream()
					.map((r) -> new RectificationAnswerView(r.text(), r.evidenceIds(), r.by().name(), r.at()))
					.toList(),
				item.reviews()
					.stream()
					.map((r) -> new RectificationReviewView(r.accepted(), r.comment(), r.by().name(), r.at()))
					.toList());
	}

	/**
	 * Items to set: the finding, the checklist item (optional), what to put right, the
	 * last day.
	 */
	record RectificationItemsRequest(@Size(max = 100) List<NewItemRequest> items) {

		record NewItemRequest(@Size(max = 40) String findingRef, @Size(max = 32) String itemId,
				@Size(max = 2000) String description, LocalDate deadline) {
		}

	}

	/** The agency's answer and the evidence-service records of its proof. */
	record RectificationResponseRequest(@Size(max = 2000) String text,
			@Size(max = 50) List<@Size(max = 100) String> evidenceIds) {
	}

	/** Accept, or return with a comment. */
	record RectificationReviewRequest(Boolean accept, @Size(max = 2000) String comment) {
	}

	/** One inspection's rectification. */
	record RectificationView(String taskId, String planId, String agencyId, String agencyName, boolean complete,
			Instant completedAt, int overdueItems, List<RectificationItemView> items) {
	}

	/** An item with its answers and reviews; {@code overdue} by today's date in China. */
	record RectificationItemView(String id, String findingRef, String checklistItem, String description,
			LocalDate deadline, String status, boolean overdue, List<RectificationAnswerView> responses,
			List<RectificationReviewView> reviews) {
	}

	record RectificationAnswerView(String text, List<String> evidenceIds, String by, Instant at) {
	}

	record RectificationReviewView(boolean accepted, String comment, String by, Instant at) {
	}

}
