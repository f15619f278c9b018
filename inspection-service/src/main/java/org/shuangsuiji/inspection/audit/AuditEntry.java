package org.shuangsuiji.inspection.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.plan.Actor;

/**
 * One entry of the audit trail.
 * <p>
 * {@code hash} is the lowercase hex SHA-256 of the canonical JSON ({@link CanonicalJson})
 * of {@code {seq, at, actorId, actorName, action, subjectType, subjectId, region,
 * details, previousHash}}, {@code at} written as ISO-8601 UTC with millisecond precision.
 * The first entry's {@code previousHash} is {@link #GENESIS}.
 *
 * @param seq 1, 2, 3 … without gaps
 * @param at when, truncated to milliseconds (what MongoDB keeps)
 * @param actor who
 * @param action what, e.g. {@code plan.published}, {@code draw.person-replaced}
 * @param subjectType {@code plan}, {@code draw} or {@code task}
 * @param subjectId the plan or task id
 * @param region the organising region of the plan concerned, for scoped reading
 * @param details what changed, as text
 * @param previousHash the hash of entry {@code seq − 1}
 * @param hash this entry's hash
 */
public record AuditEntry(long seq, Instant at, Actor actor, String action, String subjectType, String subjectId,
		String region, Map<String, String> details, String previousHash, String hash) {

	public static final String GENESIS = "0".repeat(64);

	public AuditEntry {
		details = new TreeMap<>(details);
	}

	/**
	 * The entry after {@code previous} (or the first entry when {@code previous} is
	 * null).
	 */
	public static AuditEntry next(AuditEntry previous, Instant at, Actor actor, String action, String subjectType,
			String subjectId, String region, Map<String, String> details) {
		long seq = (previous != null) ? previous.seq() + 1 : 1;
		String previousHash = (previous != null) ? previous.hash() : GENESIS;
		Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
		String hash = hashOf(seq, millis, actor, action, subjectType, subjectId, region, details, previousHash);
		return new AuditEntry(seq, millis, actor, action, subjectType, subjectId, region, details, previousHash, hash);
	}

	/** The hash this entry's content gives now. */
	public String recomputeHash() {
		return hashOf(this.seq, this.at, this.actor, this.action, this.subjectType, this.subjectId, this.region,
				this.details, this.previousHash);
	}

	private static String hashOf(long seq, Instant at, Actor actor, String action, String subjectType, String subjectId,
			String region, Map<String, String> details, String previousHash) {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("seq", seq);
		tree.put("at", at.toString());
		tree.put("actorId", actor.userId());
		tree.put("actorName", actor.name());
		tree.put("action", action);
		tree.put("subjectType", subjectType);
		tree.put("subjectId", subjectId);
		tree.put("region", region);
		tree.put("details", new TreeMap<String, Object>(details));
		tree.put("previousHash", previousHash);
		return Hashes.sha256Hex(CanonicalJson.write(tree));
	}

}
