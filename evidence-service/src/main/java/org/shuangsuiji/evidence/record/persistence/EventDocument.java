package org.shuangsuiji.evidence.record.persistence;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One audit trail entry; only ever inserted. */
@Document(EventDocument.COLLECTION)
record EventDocument(@Id String id, String type, String inspectionId, String evidenceId, String userId,
		String displayName, Instant at, Map<String, String> details) {

	static final String COLLECTION = "evidence_events";

}
