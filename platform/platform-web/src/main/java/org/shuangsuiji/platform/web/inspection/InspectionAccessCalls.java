package org.shuangsuiji.platform.web.inspection;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/**
 * The access call behind the named Resilience4j instances {@code inspection} (retry
 * outside, circuit breaker inside; each service sets them in its application.yml). A GET,
 * so a retry never repeats a write.
 */
public class InspectionAccessCalls {

	private final InspectionAccessClient client;

	public InspectionAccessCalls(InspectionAccessClient client) {
		this.client = client;
	}

	@Retry(name = "inspection")
	@CircuitBreaker(name = "inspection")
	public InspectionAccessClient.Access access(String taskId) {
		return this.client.access(taskId);
	}

}
