package org.shuangsuiji.inspection.registry.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/**
 * The rectification outcome PUT behind the named Resilience4j instance {@code registry}
 * (retry outside, circuit breaker inside). Retrying it is safe: the registry keeps one
 * outcome per task and item, so a repeated PUT changes nothing.
 */
public class RegistryRectificationCalls {

	private final RegistryRectificationClient client;

	public RegistryRectificationCalls(RegistryRectificationClient client) {
		this.client = client;
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public void put(String agencyId, String taskId, String itemId, RegistryRectificationClient.Outcome outcome) {
		this.client.put(agencyId, taskId, itemId, outcome);
	}

}
