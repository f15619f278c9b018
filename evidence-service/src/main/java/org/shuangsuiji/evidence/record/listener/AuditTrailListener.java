package org.shuangsuiji.evidence.record.listener;

import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceEvents;

import org.springframework.context.event.EventListener;

/**
 * Writes every {@link EvidenceEvent} the use cases publish to the append-only audit
 * trail. Called synchronously in the use case's thread: an entry that cannot be written
 * fails the call (there are no transactions, ADR 0003).
 */
public class AuditTrailListener {

	private final EvidenceEvents trail;

	public AuditTrailListener(EvidenceEvents trail) {
		this.trail = trail;
	}

	@EventListener
	public void on(EvidenceEvent event) {
		this.trail.append(event);
	}

}
