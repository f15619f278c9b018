package org.shuangsuiji.inspection.registry.client;

import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

import org.shuangsuiji.platform.web.client.DependencyCalls;

/**
 * The registry calls behind the named Resilience4j instance {@code registry} (retry
 * outside, circuit breaker inside; see {@code resilience4j.*} in application.yml). All
 * are GETs, so a retry never repeats a write. Timeouts are the HTTP client's
 * ({@code spring.http.serviceclient.registry.*}).
 */
public class RegistryCalls {

	/**
	 * How a failed call to the service reads as a problem, for every adapter of this
	 * package.
	 */
	static final DependencyCalls REGISTRY = new DependencyCalls("registry-service", "registry-unavailable");

	private final RegistryClient client;

	public RegistryCalls(RegistryClient client) {
		this.client = client;
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public List<RegistryClient.Agency> agencies(String region, List<String> categories) {
		return this.client.agencies(region, categories.isEmpty() ? null : categories);
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public List<RegistryClient.Inspector> inspectors(String region) {
		return this.client.inspectors(region);
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public List<RegistryClient.Expert> experts(String region) {
		return this.client.experts(region);
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public RegistryClient.AgencyDetail agency(String id) {
		return this.client.agency(id);
	}

	@Retry(name = "registry")
	@CircuitBreaker(name = "registry")
	public List<RegistryClient.Conflict> conflicts(String region) {
		return this.client.conflicts(region);
	}

}
