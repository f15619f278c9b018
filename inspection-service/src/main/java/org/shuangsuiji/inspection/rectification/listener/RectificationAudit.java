package org.shuangsuiji.inspection.rectification.listener;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.rectification.RectificationEvent;

import org.springframework.context.event.EventListener;

/**
 * Writes each rectification step to the hash-chained audit trail (subject type
 * {@code rectification}, subject the task) and counts it.
 */
public class RectificationAudit {

	private final AuditTrail trail;

	private final MeterRegistry meters;

	public RectificationAudit(AuditTrail trail, MeterRegistry meters) {
		this.trail = trail;
		this.meters = meters;
	}

	@EventListener
	public void on(RectificationEvent event) {
		Map<String, String> details = new LinkedHashMap<>();
		String action;
		if (event instanceof RectificationEvent.ItemsSet set) {
			action = "rectification.items-set";
			details.put("items", String.join(",", set.itemIds()));
		}
		else if (event instanceof RectificationEvent.Answered answered) {
			action = "rectification.answered";
			details.put("item", answered.itemId());
		}
		else {
			RectificationEvent.Reviewed reviewed = (RectificationEvent.Reviewed) event;
			action = reviewed.accepted() ? "rectification.accepted" : "rectification.returned";
			details.put("item", reviewed.itemId());
		}
		details.put("complete", String.valueOf(event.rectification().complete()));
		this.trail.append(event.by(), action, "rectification", event.rectification().taskId(),
				event.rectification().organiser().value(), details);
		this.meters.counter("inspection." + action).increment();
	}

}
