package org.shuangsuiji.evidence.record.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An evidence record as stored. {@code idempotencyKey} is the caller-scoped key, or
 * {@code record:<id>} when the upload had none, so its unique index never meets a null.
 * {@code closed} is set on every record of an inspection when it closes. {@code flags}
 * are the review flags judged on upload (outside the record hash; absent on records
 * written before flags existed).
 */
@Document(EvidenceDocument.COLLECTION)
record EvidenceDocument(@Id String id, String idempotencyKey, String inspectionId, String taskId, String checklistItem,
		String kind, String agencyId, String region, String uploaderId, String uploaderName, String objectKey,
		String fileName, String contentType, long size, String sha256, String capturedAt, Double latitude,
		Double longitude, Instant uploadedAt, long sequence, String previousHash, String recordHash, boolean closed,
		WithdrawalDocument withdrawal, List<String> flags) {

	static final String COLLECTION = "evidence_records";

	record WithdrawalDocument(String userId, String displayName, Instant at, String reason) {
	}

}
