package org.shuangsuiji.inspection.rectification.listener;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.rectification.RectificationEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Writes each rectification step to the hash-chained audit trail (subject type
 * {@code rectification}, subject the task). Synchronous and first: a step whose entry
 * cannot be written fails the call, and is not counted.
 */
public class RectificationAudit {

	private final AuditTrail trail;

	public RectificationAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
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
	}

}
