package org.shuangsuiji.evidence.record;

import java.util.List;

/** The append-only audit trail. */
public interface EvidenceEvents {

	void append(EvidenceEvent event);

	/** The events of an inspection, oldest first. */
	List<EvidenceEvent> of(String inspectionId);

}
