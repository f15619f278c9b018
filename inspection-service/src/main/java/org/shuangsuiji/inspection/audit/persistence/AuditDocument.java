package org.shuangsuiji.inspection.audit.persistence;

import java.time.Instant;
import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.plan.Actor;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An audit entry as stored; {@code _id} is the seq, so two writers can never both append
 * entry n.
 */
@Document("audit")
public record AuditDocument(@Id long seq, Instant at, String actorId, String actorName, String action,
		String subjectType, @Indexed String subjectId, @Indexed String region, Map<String, String> details,
		String previousHash, String hash) {

	static AuditDocument of(AuditEntry entry) {
		return new AuditDocument(entry.seq(), entry.at(), entry.actor().userId(), entry.actor().name(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.region(), entry.details(), entry.previousHash(),
				entry.hash());
	}

	AuditEntry toEntry() {
		return new AuditEntry(this.seq, this.at, new Actor(this.actorId, this.actorName), this.action, this.subjectType,
				this.subjectId, this.region, (this.details != null) ? this.details : Map.of(), this.previousHash,
				this.hash);
	}

}
