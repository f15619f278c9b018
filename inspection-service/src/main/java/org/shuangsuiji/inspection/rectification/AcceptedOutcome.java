package org.shuangsuiji.inspection.rectification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted rectification item as the agency's record in registry-service keeps it.
 *
 * @param agencyId the agency that rectified
 * @param planId the inspection plan
 * @param taskId the inspection
 * @param itemId the item ({@code R1} …)
 * @param findingRef the finding it came from
 * @param checklistItem the checklist (template) item, {@code null} when there is none
 * @param description what the agency had to put right
 * @param deadline the 整改时限
 * @param acceptedAt when the bureau accepted
 * @param comment the bureau's comment, empty when none
 */
public record AcceptedOutcome(String agencyId, String planId, String taskId, String itemId, String findingRef,
		String checklistItem, String description, LocalDate deadline, Instant acceptedAt, String comment) {

	static AcceptedOutcome of(Rectification rectification, RectificationItem item, RectificationItem.Review review) {
		return new AcceptedOutcome(rectification.agencyId(), rectification.planId(), rectification.taskId(), item.id(),
				item.findingRef(), item.checklistItem(), item.description(), item.deadline(), review.at(),
				review.comment());
	}

}
