package org.shuangsuiji.inspection.scoring.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.shuangsuiji.inspection.plan.TemplateCheck;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Checks a plan's template reference with scoring-service: 422 if it has no such version,
 * 503 if it is down.
 */
public class HttpTemplateCheck implements TemplateCheck {

	private final ScoringCalls calls;

	public HttpTemplateCheck(ScoringCalls calls) {
		this.calls = calls;
	}

	@Override
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
