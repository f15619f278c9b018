package org.shuangsuiji.inspection.audit.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditChain;
import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.audit.AuditVerification;
import org.shuangsuiji.inspection.audit.persistence.AuditStore;
import org.shuangsuiji.inspection.plan.Actor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The append-only, hash-chained audit trail. Appending reads the last entry and inserts
 * the next one under {@code _id = seq}; when another writer got there first the insert
 * fails on the key and the append starts again on the new last entry, so the chain never
 * forks.
 */
@Service
public class AuditTrail {

	private static final int ATTEMPTS = 20;

	private final AuditStore store;

	private final Clock clock;

	AuditTrail(AuditStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public AuditEntry append(Actor actor, String action, String subjectType, String subjectId, String region,
			Map<String, String> details) {
		for (int attempt = 1;; attempt++) {
			AuditEntry entry = AuditEntry.next(this.store.last().orElse(null), this.clock.instant(), actor, action,
					subjectType, subjectId, region, details);
			try {
				this.store.insert(entry);
				return entry;
			}
			catch (DuplicateKeyException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
			}
		}
	}

	public List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size) {
		return this.store.find(regionPrefix, subjectId, page, size);
	}

	public AuditVerification verify() {
		AuditChain chain = new AuditChain();
		this.store.forEachInOrder(chain::accept);
		return chain.result();
	}

}
