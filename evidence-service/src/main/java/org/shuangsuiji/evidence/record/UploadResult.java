package org.shuangsuiji.evidence.record;

/**
 * The record an upload produced and whether it is new ({@code false}: a retry with the
 * same Idempotency-Key returned the earlier record).
 */
public record UploadResult(EvidenceRecord record, boolean created) {
}
