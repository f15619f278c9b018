package org.shuangsuiji.evidence.record.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.Inspection;

/** An inspection's evidence in chain order, with the chain's head hash. */
public record InspectionEvidenceResponse(String inspectionId, String agencyId, String region, boolean closed,
		Instant closedAt, String headHash, List<EvidenceResponse> records) {

	public static InspectionEvidenceResponse of(Inspection inspection, List<EvidenceRecord> chain) {
		String head = chain.isEmpty() ? Sha256.ZERO : chain.get(chain.size() - 1).recordHash();
		return new InspectionEvidenceResponse(inspection.id(), inspection.agencyId(), inspection.region().value(),
				inspection.closed(), inspection.closing().map((closure) -> closure.at()).orElse(null), head,
				chain.stream().map(EvidenceResponse::of).toList());
	}

}
