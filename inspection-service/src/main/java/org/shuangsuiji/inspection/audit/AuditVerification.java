package org.shuangsuiji.inspection.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid whether every entry links to its predecessor and hashes to its recorded
 * hash
 * @param verifiedEntries how many entries from the start were found intact
 * @param headHash the hash of the last intact entry
 * @param firstBrokenSeq the first entry that breaks the chain, else {@code null}
 * @param reason why it breaks, else {@code null}
 */
public record AuditVerification(boolean valid, long verifiedEntries, String headHash, Long firstBrokenSeq,
		String reason) {

}
