package org.shuangsuiji.evidence.record;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the append-only audit trail: who did what to which evidence of which
 * inspection, and when.
 */
public record EvidenceEvent(Type type, String inspectionId, String evidenceId, Person by, Instant at,
		Map<String, String> details) {

	public EvidenceEvent {
		details = Map.copyOf(details);
	}

	/** What happened. */
	public enum Type {

		UPLOADED, WITHDRAWN, INSPECTION_CLOSED, DOWNLOADED, DOWNLOAD_URL_ISSUED, EXPORTED, VERIFIED

	}

}
