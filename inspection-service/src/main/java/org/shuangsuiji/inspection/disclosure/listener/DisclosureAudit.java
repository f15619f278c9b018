package org.shuangsuiji.inspection.disclosure.listener;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.disclosure.DisclosureEvent;
import org.shuangsuiji.inspection.disclosure.PublishedResult;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * One audit entry per publication (subject type {@code result}, subject the task id),
 * with the published wording and the sheet's result hash, so the public text can be
 * checked against the hash-chained trail.
 */
public class DisclosureAudit {

	private final AuditTrail trail;

	public DisclosureAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(DisclosureEvent.Published event) {
		PublishedResult r = event.result();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("organiser", r.organiser());
		details.put("inspectionType", r.inspectionType());
		details.put("result", r.result());
		details.put("outcome", r.outcomeCode());
		if (r.inspectionDate() != null) {
			details.put("inspectionDate", r.inspectionDate().toString());
		}
		if (r.evidenceHeadHash() != null) {
			details.put("evidenceHeadHash", r.evidenceHeadHash());
		}
		if (r.sheetResultHash() != null) {
			details.put("sheetResultHash", r.sheetResultHash());
		}
		this.trail.append(event.by(), "result.published", "result", r.taskId(), r.planRegion().value(), details);
	}

}
