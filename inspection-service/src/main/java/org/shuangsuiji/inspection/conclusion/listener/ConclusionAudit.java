package org.shuangsuiji.inspection.conclusion.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.Conclusion;
import org.shuangsuiji.inspection.conclusion.ConclusionEvent;
import org.shuangsuiji.inspection.conclusion.Decision;
import org.shuangsuiji.inspection.conclusion.ReviewVerdict;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * One audit entry per conclusion event (subject type {@code conclusion}, subject the task
 * id, region the organising region). Synchronous and first: an entry that cannot be
 * written fails the call.
 */
public class ConclusionAudit {

	private final AuditTrail trail;

	public ConclusionAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(ConclusionEvent event) {
		Conclusion c = event.conclusion();
		Map<String, String> details = new LinkedHashMap<>();
		String action;
		if (event instanceof ConclusionEvent.Recorded) {
			action = "conclusion.recorded";
			Decision d = c.decision();
			details.put("recommended", c.recommendation().outcome().code());
			details.put("sheetId", c.recommendation().sheetId());
			details.put("outcome", d.outcome().code());
			details.put("actions", codes(d.actions()));
			if (d.reason() != null) {
				details.put("reason", d.reason());
			}
			details.put("provincialReview", String.valueOf(c.review() != null));
		}
		else {
			action = "conclusion.reviewed";
			ReviewVerdict v = c.review().verdict();
			details.put("decision", v.confirmed() ? "CONFIRM" : "AMEND");
			details.put("outcome", v.outcome().code());
			details.put("actions", codes(v.actions()));
			if (v.note() != null) {
				details.put("note", v.note());
			}
		}
		this.trail.append(event.by(), action, "conclusion", c.taskId(), c.planRegion().value(), details);
	}

	private static String codes(List<Action> actions) {
		return actions.stream().map(Action::code).collect(Collectors.joining(","));
	}

}
