package org.shuangsuiji.scoring.inspection.client;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.scoring.testing.InspectionStub;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The adapter over real HTTP: an inspection-service that cannot be reached, or that
 * refuses the call for a reason other than 404/403, is 503
 * {@code inspection-unavailable}, never a guess.
 */
class HttpInspectionTasksTests {

	@Test
	void anUnreachableInspectionServiceIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> tasks("http://127.0.0.1:" + closedPort).access("plan:agency"))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("inspection-unavailable"));
	}

	@Test
	void aCallInspectionServiceRefusesForAnotherReasonIsUnavailable() {
		// No caller, so no token to relay: the stub answers 401 as inspection-service
		// would.
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> tasks(InspectionStub.baseUrl()).access("plan:agency"))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("401"));
	}

	private static HttpInspectionTasks tasks(String baseUrl) {
		RestClient rest = RestClient.builder().baseUrl(baseUrl).build();
		InspectionClient client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
			.build()
			.createClient(InspectionClient.class);
		return new HttpInspectionTasks(new InspectionCalls(client));
	}

}
