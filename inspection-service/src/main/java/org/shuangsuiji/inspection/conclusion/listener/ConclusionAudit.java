package org.shuangsuiji.inspection.conclusion.listener;

import java.util.List;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.audit.AuditDetails;
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
		if (event instanceof ConclusionEvent.Recorded) {
			Decision d = c.decision();
			this.trail.append(event.by(), "conclusion.recorded", "conclusion", c.taskId(), c.planRegion().value(),
					AuditDetails.of("recommended", c.recommendation().outcome().code(), "sheetId",
							c.recommendation().sheetId(), "outcome", d.outcome().code(), "actions", codes(d.actions()),
							"reason", d.reason(), "provincialReview", c.review() != null));
			return;
		}
		ReviewVerdict v = c.review().verdict();
		this.trail.append(event.by(), "conclusion.reviewed", "conclusion", c.taskId(), c.planRegion().value(),
				AuditDetails.of("decision", v.confirmed() ? "CONFIRM" : "AMEND", "outcome", v.outcome().code(),
						"actions", codes(v.actions()), "note", v.note()));
	}

	private static String codes(List<Action> actions) {
		return actions.stream().map(Action::code).collect(Collectors.joining(","));
	}

}
