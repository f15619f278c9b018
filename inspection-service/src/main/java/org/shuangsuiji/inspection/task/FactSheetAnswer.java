package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.util.List;

/** How the agency answered the fact sheet: signed, or refused in front of the team. */
public sealed interface FactSheetAnswer {

	Instant at();

	String byUserId();

	String byName();

	/**
	 * The agency confirmed the sheet (签字确认).
	 *
	 * @param signedScanEvidenceId the evidence-service record of the signed scan
	 * @param opinion the agency's remark, may be {@code null}
	 */
	record Signed(String signedScanEvidenceId, String opinion, Instant at, String byUserId,
			String byName) implements FactSheetAnswer {
	}

	/**
	 * The agency refused to sign; the team kept the evidence (拒绝签字，检查组需保存好证据材料).
	 *
	 * @param reason what happened
	 * @param evidenceIds evidence-service records the team kept, at least one
	 */
	record Refused(String reason, List<String> evidenceIds, Instant at, String byUserId,
			String byName) implements FactSheetAnswer {

		public Refused {
			evidenceIds = List.copyOf(evidenceIds);
		}

	}

}
