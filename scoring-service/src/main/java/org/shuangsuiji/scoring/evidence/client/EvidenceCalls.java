package org.shuangsuiji.scoring.evidence.client;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/**
 * The evidence calls behind the named Resilience4j instance {@code evidence} (retry
 * outside, circuit breaker inside; see {@code resilience4j.*} in application.yml). A GET,
 * so a retry never repeats a write; 4xx answers are neither retried nor counted.
 */
public class EvidenceCalls {

	private final EvidenceClient client;

	public EvidenceCalls(EvidenceClient client) {
		this.client = client;
	}

	@Retry(name = "evidence")
	@CircuitBreaker(name = "evidence")
	public EvidenceClient.InspectionEvidence inspection(String inspectionId) {
		return this.client.inspection(inspectionId);
	}

}
