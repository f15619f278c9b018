package org.shuangsuiji.evidence.record;

import org.shuangsuiji.platform.security.Caller;

/**
 * A caller who passed the door of withdrawing a record
 * ({@link EvidenceService#requireWithdrawer}), with the record as the door read it, which
 * {@link EvidenceService#withdraw} withdraws instead of reading and checking it again.
 * Only the door makes one (the constructor is the package's), so no withdrawal skips it.
 */
public final class Withdrawer {

	private final Caller caller;

	private final EvidenceRecord record;

	Withdrawer(Caller caller, EvidenceRecord record) {
		this.caller = caller;
		this.record = record;
	}

	Caller caller() {
		return this.caller;
	}

	EvidenceRecord record() {
		return this.record;
	}

}
