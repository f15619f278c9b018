package org.shuangsuiji.evidence.inspection.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/**
 * The inspection calls behind the named Resilience4j instances {@code inspection}: a GET,
 * so a retry never repeats a write.
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
