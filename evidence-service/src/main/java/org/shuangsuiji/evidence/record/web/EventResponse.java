package org.shuangsuiji.evidence.record.web;

import java.time.Instant;
import java.util.Map;

import org.shuangsuiji.evidence.record.EvidenceEvent;

/** One audit trail entry. */
public record EventResponse(String type, String evidenceId, EvidenceResponse.PersonResponse by, Instant at,
		Map<String, String> details) {

	public static EventResponse of(EvidenceEvent event) {
		return new EventResponse(event.type().name(), event.evidenceId(),
				new EvidenceResponse.PersonResponse(event.by().userId(), event.by().displayName()), event.at(),
				event.details());
	}

}
