package org.shuangsuiji.inspection.scoring;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

import org.springframework.stereotype.Component;

/** The scoring calls behind the named Resilience4j instance {@code scoring}. */
@Component
public class ScoringCalls {

	private final ScoringClient client;

	ScoringCalls(ScoringClient client) {
		this.client = client;
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public ScoringClient.TemplateVersion template(String templateId, int version) {
		return this.client.template(templateId, version);
	}

}
