package org.shuangsuiji.scoring.inspection.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/**
 * The inspection calls behind the named Resilience4j instance {@code inspection} (retry
 * outside, circuit breaker inside; see {@code resilience4j.*} in application.yml). A GET,
 * so a retry never repeats a write; 4xx answers are neither retried nor counted.
 */
public class InspectionCalls {

	private final InspectionClient client;

	public InspectionCalls(InspectionClient client) {
		this.client = client;
	}

	@Retry(name = "inspection")
	@CircuitBreaker(name = "inspection")
	public InspectionClient.Access access(String taskId) {
		return this.client.access(taskId);
	}

}
