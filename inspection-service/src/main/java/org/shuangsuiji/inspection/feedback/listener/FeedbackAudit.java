package org.shuangsuiji.inspection.feedback.listener;

import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.feedback.Feedback;
import org.shuangsuiji.inspection.feedback.FeedbackFiled;

import org.springframework.context.event.EventListener;

/**
 * Writes each filed form to the hash-chained audit trail (subject type {@code feedback}),
 * naming who filed it, 有/无意见 and the signer; the text itself stays in the form.
 */
public class FeedbackAudit {

	private final AuditTrail trail;

	public FeedbackAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	public void on(FeedbackFiled event) {
		Feedback f = event.feedback();
		this.trail.append(f.filedBy(), "feedback.filed", "feedback", f.taskId(), f.organiser().value(),
				Map.of("agencyId", f.agencyId(), "hasOpinion", String.valueOf(f.hasOpinion()), "signer", f.signer()));
	}

}
