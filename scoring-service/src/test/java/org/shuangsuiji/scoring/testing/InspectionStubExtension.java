package org.shuangsuiji.scoring.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the service at {@link InspectionStub} before Spring starts it. The circuit
 * breaker is given a window the whole suite cannot fill with the few failures the tests
 * provoke on purpose, so one test's 503 never opens it for another; retries wait briefly.
 */
public class InspectionStubExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		System.setProperty("spring.http.serviceclient.inspection.base-url", InspectionStub.baseUrl());
		System.setProperty("resilience4j.circuitbreaker.instances.inspection.minimum-number-of-calls", "100000");
		System.setProperty("resilience4j.circuitbreaker.instances.inspection.sliding-window-size", "100000");
		System.setProperty("resilience4j.retry.instances.inspection.wait-duration", "10ms");
	}

}
