package org.shuangsuiji.platform.web.inspection;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.test.inspection.InspectionStub;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client over real HTTP: an inspection-service that cannot be reached, or that
 * refuses the call for a reason other than 404/403, is 503
 * {@code inspection-unavailable}, never a guess.
 */
class InspectionAccessTests {

	@Test
	void anUnreachableInspectionServiceIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> access("http://127.0.0.1:" + closedPort).access("plan:agency"))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("inspection-unavailable"));
	}

	@Test
	void aCallInspectionServiceRefusesForAnotherReasonIsUnavailable() {
		// No caller, so no token to relay: the stub answers 401 as inspection-service
		// would.
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> access(InspectionStub.baseUrl()).access("plan:agency"))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("401"));
	}

	private static InspectionAccess access(String baseUrl) {
		RestClient rest = RestClient.builder().baseUrl(baseUrl).build();
		InspectionAccessClient client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
			.build()
			.createClient(InspectionAccessClient.class);
		return new InspectionAccess(client);
	}

}
