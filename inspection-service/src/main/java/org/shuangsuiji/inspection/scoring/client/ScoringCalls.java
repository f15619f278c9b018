package org.shuangsuiji.inspection.scoring.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/** The scoring calls behind the named Resilience4j instance {@code scoring}. */
public class ScoringCalls {

	private final ScoringClient client;

	public ScoringCalls(ScoringClient client) {
		this.client = client;
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public ScoringClient.TemplateVersion template(String templateId, int version) {
		return this.client.template(templateId, version);
	}

}
