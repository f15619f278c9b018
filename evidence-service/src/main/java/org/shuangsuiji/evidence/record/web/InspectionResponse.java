package org.shuangsuiji.evidence.record.web;

import java.time.Instant;

import org.shuangsuiji.evidence.record.Inspection;

/** An inspection's state after closing. */
public record InspectionResponse(String inspectionId, String agencyId, String region, boolean closed, Instant closedAt,
		EvidenceResponse.PersonResponse closedBy, String note) {

	public static InspectionResponse of(Inspection inspection) {
		return inspection.closing()
			.map((closure) -> new InspectionResponse(inspection.id(), inspection.agencyId(),
					inspection.region().value(), true, closure.at(),
					new EvidenceResponse.PersonResponse(closure.by().userId(), closure.by().displayName()),
					closure.note()))
			.orElseGet(() -> new InspectionResponse(inspection.id(), inspection.agencyId(), inspection.region().value(),
					false, null, null, null));
	}

}
