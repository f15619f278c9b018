package org.shuangsuiji.inspection.evidence.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

import org.shuangsuiji.platform.web.client.DependencyCalls;

/**
 * The evidence calls behind the named Resilience4j instance {@code evidence}. Only the
 * GET is retried; the close goes through the circuit breaker alone, so a write is never
 * repeated by this service.
 */
public class EvidenceCalls {

	/**
	 * How a failed call to the service reads as a problem, for every adapter of this
	 * package.
	 */
	static final DependencyCalls EVIDENCE = new DependencyCalls("evidence-service", "evidence-unavailable");

	private final EvidenceClient client;

	public EvidenceCalls(EvidenceClient client) {
		this.client = client;
	}

	@Retry(name = "evidence")
	@CircuitBreaker(name = "evidence")
	public EvidenceClient.Inspection inspection(String inspectionId) {
		return this.client.inspection(inspectionId);
	}

	@CircuitBreaker(name = "evidence")
	public EvidenceClient.Closed close(String inspectionId, String note) {
		return this.client.close(inspectionId, new EvidenceClient.CloseRequest(note));
	}

}
