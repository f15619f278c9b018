package org.shuangsuiji.evidence.record.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspection as evidence-service knows it. */
@Document(InspectionDocument.COLLECTION)
record InspectionDocument(@Id String id, String region, String agencyId, ClosureDocument closure) {

	static final String COLLECTION = "inspections";

	record ClosureDocument(String userId, String displayName, Instant at, String note, String headHash,
			Long headSequence) {
	}

}
