package org.shuangsuiji.inspection.scoring.client;

import org.shuangsuiji.inspection.plan.TemplateCheck;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.problem.RuleViolationException;

import org.springframework.http.HttpStatus;

/**
 * Checks a plan's template reference with scoring-service: 422 if it has no such version,
 * 503 if it is down.
 */
public class HttpTemplateCheck implements TemplateCheck {

	private final ScoringClient client;

	public HttpTemplateCheck(ScoringClient client) {
		this.client = client;
	}

	@Override
	public String requireExists(TemplateRef template) {
		ScoringClient.TemplateVersion found = ScoringClient.SCORING
			.call(() -> this.client.template(template.templateId(), template.version()), (status) -> {
				if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
					throw new RuleViolationException("template-not-found", "scoring-service has no template "
							+ template.templateId() + " version " + template.version())
						.with("field", "template");
				}
				throw ScoringClient.SCORING.refused(status);
			});
		return (found != null && found.title() != null) ? found.title() : template.templateId();
	}

}
