package org.shuangsuiji.evidence.record.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.Closure;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceService.InspectionEvidence;

/**
 * An inspection's evidence in chain order, with the chain's current head hash and, once
 * closed, the head hash recorded at closing ({@code closedHeadHash}).
 */
public record InspectionEvidenceResponse(String inspectionId, String agencyId, String region, boolean closed,
		Instant closedAt, String headHash, String closedHeadHash, List<EvidenceResponse> records) {

	public static InspectionEvidenceResponse of(InspectionEvidence evidence) {
		List<EvidenceRecord> chain = evidence.chain();
		var inspection = evidence.inspection();
		String head = chain.isEmpty() ? Sha256.ZERO : chain.get(chain.size() - 1).recordHash();
		return new InspectionEvidenceResponse(inspection.id(), inspection.agencyId(), inspection.region().value(),
				inspection.closed(), inspection.closing().map(Closure::at).orElse(null), head,
				inspection.closing().map(Closure::headHash).orElse(null),
				chain.stream().map(EvidenceResponse::of).toList());
	}

}
