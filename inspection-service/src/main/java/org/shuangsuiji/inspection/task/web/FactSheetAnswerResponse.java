package org.shuangsuiji.inspection.task.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.task.FactSheetAnswer;

/**
 * The agency's answer to the fact sheet.
 *
 * @param kind SIGNED or REFUSED
 * @param signedScanEvidenceId SIGNED: the scan of the signed sheet
 * @param opinion SIGNED: the agency's remark, may be {@code null}
 * @param reason REFUSED: what happened
 * @param evidenceIds REFUSED: the evidence the team kept
 */
record FactSheetAnswerResponse(String kind, Instant at, String byUserId, String byName, String signedScanEvidenceId,
		String opinion, String reason, List<String> evidenceIds) {

	static FactSheetAnswerResponse of(FactSheetAnswer answer) {
		if (answer instanceof FactSheetAnswer.Signed signed) {
			return new FactSheetAnswerResponse("SIGNED", signed.at(), signed.byUserId(), signed.byName(),
					signed.signedScanEvidenceId(), signed.opinion(), null, List.of());
		}
		if (answer instanceof FactSheetAnswer.Refused refused) {
			return new FactSheetAnswerResponse("REFUSED", refused.at(), refused.byUserId(), refused.byName(), null,
					null, refused.reason(), refused.evidenceIds());
		}
		return null;
	}

}
