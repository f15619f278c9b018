package org.shuangsuiji.scoring.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the service at {@link EvidenceStub} before Spring starts it, with a circuit
 * breaker window the suite's few provoked failures cannot fill and brief retry waits.
 */
public class EvidenceStubExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		System.setProperty("spring.http.serviceclient.evidence.base-url", EvidenceStub.baseUrl());
		System.setProperty("resilience4j.circuitbreaker.instances.evidence.minimum-number-of-calls", "100000");
		System.setProperty("resilience4j.circuitbreaker.instances.evidence.sliding-window-size", "100000");
		System.setProperty("resilience4j.retry.instances.evidence.wait-duration", "10ms");
	}

}
