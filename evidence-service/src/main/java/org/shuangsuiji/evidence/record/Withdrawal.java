package org.shuangsuiji.evidence.record;

import java.time.Instant;

/**
 * A withdrawal (撤回) of a piece of evidence before its inspection closed. The object and
 * the record stay; the withdrawal only says the evidence no longer counts, who said so
 * and why.
 */
public record Withdrawal(Person by, Instant at, String reason) {
}
