package org.shuangsuiji.evidence.record;

/** A record with the same Idempotency-Key exists: the upload is a retry. */
public class IdempotentReplayException extends RuntimeException {

	private final transient EvidenceRecord existing;

	public IdempotentReplayException(EvidenceRecord existing) {
		super("upload already recorded as " + existing.id());
		this.existing = existing;
	}

	public EvidenceRecord existing() {
		return this.existing;
	}

}
