package org.shuangsuiji.inspection.audit;

/**
 * Checks the chain entry by entry, in seq order, without holding it all in memory.
 */
public final class AuditChain {

	private long expectedSeq = 1;

	private String previousHash = AuditEntry.GENESIS;

	private Long firstBrokenSeq;

	private String reason;

	/** Feeds the next entry in seq order. */
	public void accept(AuditEntry entry) {
		if (this.firstBrokenSeq != null) {
			return;
		}
		if (entry.seq() != this.expectedSeq) {
			broken(this.expectedSeq, "entry " + this.expectedSeq + " is missing");
			return;
		}
		if (!entry.previousHash().equals(this.previousHash)) {
			broken(entry.seq(), "entry " + entry.seq() + " does not point at the hash of its predecessor");
			return;
		}
		if (!entry.recomputeHash().equals(entry.hash())) {
			broken(entry.seq(), "entry " + entry.seq() + " was changed after it was written");
			return;
		}
		this.previousHash = entry.hash();
		this.expectedSeq++;
	}

	private void broken(long seq, String why) {
		this.firstBrokenSeq = seq;
		this.reason = why;
	}

	public AuditVerification result() {
		return new AuditVerification(this.firstBrokenSeq == null, this.expectedSeq - 1, this.previousHash,
				this.firstBrokenSeq, this.reason);
	}

}
