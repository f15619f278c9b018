package org.shuangsuiji.inspection.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.problem.ConflictException;

/**
 * One finding turned into a rectification item with a deadline (整改建议和整改时限, seed 000 附件2
 * 二(五) and the plan's 严肃整改提升), with the agency's answers and the bureau's reviews in
 * order.
 *
 * @param id {@code R1}, {@code R2} … within the inspection
 * @param findingRef what it comes from: a main finding ({@code F1} …) or a checklist item
 * @param checklistItem the checklist item, when there is one
 * @param description what the agency must put right
 * @param deadline the last day (整改时限)
 * @param status where it is
 * @param responses the agency's answers, oldest first
 * @param reviews the bureau's decisions, oldest first
 */
public record RectificationItem(String id, String findingRef, String checklistItem, String description,
		LocalDate deadline, RectificationStatus status, List<Response> responses, List<Review> reviews) {

	public RectificationItem {
		responses = List.copyOf(responses);
		reviews = List.copyOf(reviews);
	}

	/** The agency's answer: what it did and the evidence-service records proving it. */
	public record Response(String text, List<String> evidenceIds, Actor by, Instant at) {

		public Response {
			evidenceIds = List.copyOf(evidenceIds);
		}

	}

	/** The bureau's decision on an answer. */
	public record Review(boolean accepted, String comment, Actor by, Instant at) {
	}

	static RectificationItem open(String id, String findingRef, String checklistItem, String description,
			LocalDate deadline) {
		return new RectificationItem(id, findingRef, checklistItem, description, deadline, RectificationStatus.OPEN,
				List.of(), List.of());
	}

	/** Overdue: not accepted and the deadline has passed on {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return this.status != RectificationStatus.ACCEPTED && today.isAfter(this.deadline);
	}

	RectificationItem answered(Response response) {
		if (this.status != RectificationStatus.OPEN && this.status != RectificationStatus.RETURNED) {
			throw new ConflictException("rectification-not-open",
					"item " + this.id + " is " + this.status + "; the agency answers an open or returned item");
		}
		List<Response> all = new ArrayList<>(this.responses);
		all.add(response);
		return new RectificationItem(this.id, this.findingRef, this.checklistItem, this.description, this.deadline,
				RectificationStatus.RESPONDED, all, this.reviews);
	}

	RectificationItem reviewed(Review review) {
		if (this.status != RectificationStatus.RESPONDED) {
			throw new ConflictException("rectification-not-answered",
					"item " + this.id + " is " + this.status + "; only an answered item is reviewed");
		}
		List<Review> all = new ArrayList<>(this.reviews);
		all.add(review);
		return new RectificationItem(this.id, this.findingRef, this.checklistItem, this.description, this.deadline,
				review.accepted() ? RectificationStatus.ACCEPTED : RectificationStatus.RETURNED, this.responses, all);
	}

}
