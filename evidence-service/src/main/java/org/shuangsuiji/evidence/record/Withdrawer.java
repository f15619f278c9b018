package org.shuangsuiji.evidence.record;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A caller who passed the door of withdrawing a record
 * ({@link EvidenceService#requireWithdrawer}), with the record as the door read it, which
 * {@link EvidenceService#withdraw} withdraws instead of reading and checking it again.
 * Only the door makes one (the constructor is the package's), so no withdrawal skips it.
 */
public final class Withdrawer extends DoorPass<EvidenceRecord> {

	Withdrawer(Caller caller, EvidenceRecord record) {
		super(caller, record);
	}

}
