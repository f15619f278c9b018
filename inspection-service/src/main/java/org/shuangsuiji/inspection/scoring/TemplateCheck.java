package org.shuangsuiji.inspection.scoring;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Checks a plan's template reference: 422 if scoring-service has no such version, 503 if
 * it is down.
 */
@Component
public class TemplateCheck {

	private final ScoringCalls calls;

	TemplateCheck(ScoringCalls calls) {
		this.calls = calls;
	}

	/** The template's title, for the plan. */
	public String requireExists(TemplateRef template) {
		try {
			ScoringClient.TemplateVersion found = this.calls.template(template.templateId(), template.version());
			return (found != null && found.title() != null) ? found.title() : template.templateId();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw new RuleViolationException("template-not-found",
						"scoring-service has no template " + template.templateId() + " version " + template.version())
					.with("field", "template");
			}
			throw unavailable("scoring-service refused the request: " + ex.getStatusCode());
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("scoring-service is failing; its circuit breaker is open, try again later");
		}
		catch (RestClientException ex) {
			throw unavailable("scoring-service did not answer: " + ex.getMessage());
		}
	}

	private static DependencyUnavailableException unavailable(String detail) {
		return (DependencyUnavailableException) new DependencyUnavailableException("scoring-unavailable", detail)
			.with("dependency", "scoring-service");
	}

}
