package org.shuangsuiji.evidence.record.web;

import java.time.Instant;

import org.shuangsuiji.evidence.record.Inspection;

/**
 * An inspection's state after closing. {@code headHash} is the record hash of the chain's
 * last record when it closed (64 zeros for an empty chain), kept with the closing so a
 * repeated close answers the same; inspection-service seals it into its audit chain.
 */
public record InspectionResponse(String inspectionId, String agencyId, String region, boolean closed, Instant closedAt,
		EvidenceResponse.PersonResponse closedBy, String note, String headHash, Long headSequence) {

	public static InspectionResponse of(Inspection inspection) {
		return inspection.closing()
			.map((closure) -> new InspectionResponse(inspection.id(), inspection.agencyId(),
					inspection.region().value(), true, closure.at(),
					new EvidenceResponse.PersonResponse(closure.by().userId(), closure.by().displayName()),
					closure.note(), closure.headHash(), (closure.headHash() != null) ? closure.headSequence() : null))
			.orElseGet(() -> new InspectionResponse(inspection.id(), inspection.agencyId(), inspection.region().value(),
					false, null, null, null, null, null));
	}

}
