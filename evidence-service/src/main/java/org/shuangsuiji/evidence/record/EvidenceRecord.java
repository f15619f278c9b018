package org.shuangsuiji.evidence.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * One piece of evidence: an immutable object in the store and what was recorded about it
 * on upload. Everything but {@link #withdrawal()} and {@link #flags()} is covered by
 * {@link #recordHash()}, and the record carries the hash of the inspection's previous
 * record, so the records of an inspection form a hash chain (see
 * {@link CanonicalRecord}).
 *
 * @param id the evidence id (a random UUID)
 * @param inspectionId the inspection it belongs to
 * @param taskId an optional finer reference in inspection-service
 * @param checklistItem the checklist item it supports, if any
 * @param kind what it shows
 * @param agencyId the inspected agency
 * @param region the inspected agency's region
 * @param uploadedBy who uploaded it
 * @param objectKey where the bytes are in the bucket (never reused)
 * @param fileName the client's file name, if given
 * @param contentType the type decided from the bytes
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the bytes, computed while they streamed in
 * @param capture EXIF capture time and place, when the file has them
 * @param uploadedAt when the upload finished (millisecond precision)
 * @param sequence its place in the inspection's chain, from 1
 * @param previousHash the record hash of the previous record, or 64 zeros for the first
 * @param recordHash the SHA-256 of this record's canonical form
 * @param withdrawal the withdrawal, if the evidence was withdrawn
 * @param flags what a reviewer should look at, judged on upload against the task (ADR
 * 0304): outside the hash, because the canonical form v1 is fixed and the flag is derived
 * from the hashed capture time and inspection-service's date
 */
public record EvidenceRecord(String id, String inspectionId, String taskId, String checklistItem, EvidenceKind kind,
		String agencyId, RegionCode region, Person uploadedBy, String objectKey, String fileName,
		ContentType contentType, long size, String sha256, CaptureMetadata capture, Instant uploadedAt, long sequence,
		String previousHash, String recordHash, Withdrawal withdrawal, List<EvidenceFlag> flags) {

	public EvidenceRecord {
		capture = (capture != null) ? capture : CaptureMetadata.NONE;
		flags = (flags != null) ? List.copyOf(flags) : List.of();
	}

	/** Builds the next record of a chain and seals it with its hash. */
	public static EvidenceRecord seal(String id, UploadCommand command, Person uploadedBy, String objectKey,
			ContentType contentType, long size, String sha256, CaptureMetadata capture, Instant uploadedAt,
			long sequence, String previousHash) {
		EvidenceRecord draft = new EvidenceRecord(id, command.inspectionId(), command.taskId(), command.checklistItem(),
				command.kind(), command.agencyId(), command.region(), uploadedBy, objectKey, command.fileName(),
				contentType, size, sha256, capture, uploadedAt, sequence, previousHash, null, null, List.of());
		return draft.withRecordHash(CanonicalRecord.hash(draft));
	}

	private EvidenceRecord withRecordHash(String hash) {
		return new EvidenceRecord(this.id, this.inspectionId, this.taskId, this.checklistItem, this.kind, this.agencyId,
				this.region, this.uploadedBy, this.objectKey, this.fileName, this.contentType, this.size, this.sha256,
				this.capture, this.uploadedAt, this.sequence, this.previousHash, hash, this.withdrawal, this.flags);
	}

	public EvidenceRecord withWithdrawal(Withdrawal withdrawal) {
		return new EvidenceRecord(this.id, this.inspectionId, this.taskId, this.checklistItem, this.kind, this.agencyId,
				this.region, this.uploadedBy, this.objectKey, this.fileName, this.contentType, this.size, this.sha256,
				this.capture, this.uploadedAt, this.sequence, this.previousHash, this.recordHash, withdrawal,
				this.flags);
	}

	/** The same record with flags; the hash does not cover them. */
	public EvidenceRecord withFlags(List<EvidenceFlag> flags) {
		return new EvidenceRecord(this.id, this.inspectionId, this.taskId, this.checklistItem, this.kind, this.agencyId,
				this.region, this.uploadedBy, this.objectKey, this.fileName, this.contentType, this.size, this.sha256,
				this.capture, this.uploadedAt, this.sequence, this.previousHash, this.recordHash, this.withdrawal,
				flags);
	}

	public boolean withdrawn() {
		return this.withdrawal != null;
	}

	public Optional<Withdrawal> withdrawing() {
		return Optional.ofNullable(this.withdrawal);
	}

	/**
	 * A file name for downloads and exports: the client's name, or one made from the id.
	 */
	public String downloadName() {
		return (this.fileName != null) ? this.fileName : this.id + "." + this.contentType.extension();
	}

}
