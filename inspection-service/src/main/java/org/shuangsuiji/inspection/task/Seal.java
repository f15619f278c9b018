package org.shuangsuiji.inspection.task;

import java.time.Instant;

/**
 * What closing a task fixed (ADR 0404 Sealing): the head of the evidence chain and the
 * official sheet's result, both also written into the audit trail.
 *
 * @param evidenceHeadHash evidence-service's chain head when it closed the inspection
 * @param sheetId the official scoring sheet
 * @param sheetResultHash the hash of that sheet's result
 * @param sealedAt when
 */
public record Seal(String evidenceHeadHash, String sheetId, String sheetResultHash, Instant sealedAt) {

}
