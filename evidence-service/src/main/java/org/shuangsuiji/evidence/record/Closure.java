package org.shuangsuiji.evidence.record;

import java.time.Instant;

/**
 * The closing of an inspection as inspection-service (or a user with the right) reported
 * it, with the chain's head at that moment: inspection-service seals it into its own
 * audit chain (ADR 0404), so an export can be checked against a hash the evidence store
 * alone cannot rewrite.
 *
 * @param headHash the record hash of the chain's last record when it closed (64 zeros for
 * an empty chain); {@code null} only for closings recorded before heads were kept
 * @param headSequence the sequence of that record, 0 for an empty chain
 */
public record Closure(Person by, Instant at, String note, String headHash, long headSequence) {
}
