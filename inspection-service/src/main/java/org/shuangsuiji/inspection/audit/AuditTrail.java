package org.shuangsuiji.inspection.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.problem.ConflictException;

/**
 * The append-only, hash-chained audit trail. Appending reads the last entry and inserts
 * the next one under {@code _id = seq}; when another writer got there first the insert
 * fails on the key and the append starts again on the new last entry, so the chain never
 * forks.
 */
public class AuditTrail {

	private static final int ATTEMPTS = 20;

	private final AuditStore store;

	private final Clock clock;

	/**
	 * The last entry this instance appended ({@code null}: not known yet). An append
	 * tries after it without reading the store; when another writer (another replica)
	 * appended in between, the insert fails on the key and the retries read the store as
	 * before. On a protocol server without secondary indexes the read is a scan of the
	 * whole trail.
	 */
	private final AtomicReference<Optional<AuditEntry>> lastKnown = new AtomicReference<>();

	public AuditTrail(AuditStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public AuditEntry append(Actor actor, String action, String subjectType, String subjectId, String region,
			Map<String, String> details) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			Optional<AuditEntry> known = this.lastKnown.get();
			Optional<AuditEntry> previous = (attempt == 1 && known != null) ? known : this.store.last();
			AuditEntry entry = AuditEntry.next(previous.orElse(null), this.clock.instant(), actor, action, subjectType,
					subjectId, region, details);
			if (this.store.insert(entry)) {
				this.lastKnown.accumulateAndGet(Optional.of(entry), AuditTrail::later);
				return entry;
			}
		}
		throw new ConflictException("duplicate",
				"the audit trail's next seq was taken " + ATTEMPTS + " times in a row; nothing was appended");
	}

	public List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size) {
		return this.store.find(regionPrefix, subjectId, page, size);
	}

	public AuditVerification verify() {
		AuditChain chain = new AuditChain();
		this.store.forEachInOrder(chain::accept);
		return chain.result();
	}

	private static Optional<AuditEntry> later(Optional<AuditEntry> current, Optional<AuditEntry> appended) {
		return (current == null || current.isEmpty() || current.get().seq() < appended.get().seq()) ? appended
				: current;
	}

}
