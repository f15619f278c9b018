package org.shuangsuiji.registry.inspection.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One outcome; the id is {@code <taskId>/<itemId>} so a task's item has one document
 * whatever the retries.
 */
@Document(InspectionRectificationDocument.COLLECTION)
public record InspectionRectificationDocument(@Id String id, String agencyId, String planId, String taskId,
		String itemId, String findingRef, String templateItemId, String findingText, LocalDate deadline, String outcome,
		String acceptedById, String acceptedByName, Instant acceptedAt, String comment) {

	public static final String COLLECTION = "inspection_rectifications";

}
