package org.shuangsuiji.evidence.record.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.record.EvidenceFlag;
import org.shuangsuiji.evidence.record.EvidenceRecord;

/**
 * A piece of evidence as the API shows it. {@code flags}: {@code CAPTURED_OFF_DAY} for a
 * gate, meeting or process photo taken on another day than the task's,
 * {@code CAPTURE_TIME_UNKNOWN} for one without a capture time; empty otherwise.
 */
public record EvidenceResponse(String id, String inspectionId, String taskId, String checklistItem, String kind,
		String kindName, String agencyId, String region, PersonResponse uploadedBy, String fileName, String contentType,
		long size, String sha256, String capturedAt, GeoPoint location, Instant uploadedAt, long sequence,
		String previousHash, String recordHash, boolean withdrawn, WithdrawalResponse withdrawal, List<String> flags) {

	public static EvidenceResponse of(EvidenceRecord record) {
		WithdrawalResponse withdrawal = record.withdrawing()
			.map((w) -> new WithdrawalResponse(new PersonResponse(w.by().userId(), w.by().displayName()), w.at(),
					w.reason()))
			.orElse(null);
		return new EvidenceResponse(record.id(), record.inspectionId(), record.taskId(), record.checklistItem(),
				record.kind().name(), record.kind().chineseName(), record.agencyId(), record.region().value(),
				new PersonResponse(record.uploadedBy().userId(), record.uploadedBy().displayName()), record.fileName(),
				record.contentType().mimeType(), record.size(), record.sha256(), record.capture().capturedAt(),
				record.capture().location(), record.uploadedAt(), record.sequence(), record.previousHash(),
				record.recordHash(), record.withdrawn(), withdrawal,
				record.flags().stream().map(EvidenceFlag::name).toList());
	}

	/** Who did something. */
	public record PersonResponse(String userId, String displayName) {
	}

	/** A withdrawal. */
	public record WithdrawalResponse(PersonResponse by, Instant at, String reason) {
	}

}
