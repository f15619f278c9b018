package org.shuangsuiji.inspection.draw;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * registry-service failing in the middle of a draw: the agencies were read, then the
 * connection breaks on a later read of the pool. The draw is refused whole (503), and
 * nothing of it is left: no commitment, no draw, no task, no audit entry, the plan
 * unchanged; once registry-service answers again the same draw goes through.
 */
class DrawFaultTests extends ApiTestSupport {

	private static final Map<String, Object> QUARTER = Map.of("mode", "RATE", "value", 25);

	@ParameterizedTest
	@ValueSource(strings = { "inspectors", "experts", "conflicts" })
	void aDrawWhoseRegistryFailsHalfwayIsRefusedWholeAndLeavesNothing(String failingRead) {
		String id = publishedPlan(QUARTER, twoInspectors());
		String draw = "/api/inspections/plans/" + id + "/draw";
		String auditBefore = body(http(city()).get("/api/inspections/audit?subjectId=" + id), 200);
		String failingPath = "conflicts".equals(failingRead) ? "/api/registry/conflicts"
				: "/api/registry/pools/" + failingRead;
		StubServices.registry()
			.stubFor(
					get(urlPathEqualTo(failingPath)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		String problem = body(http(city()).post(draw), 503);

		assertThat(read(problem, "$.type").toString()).isEqualTo("urn:shuangsuiji:problem:registry-unavailable");
		assertThat(StubServices.registry().findAll(getRequestedFor(urlPathEqualTo("/api/registry/pools/agencies"))))
			.as("the pool's agencies were read before the failure")
			.isNotEmpty();
		assertThat(read(body(http(city()).get("/api/inspections/plans/" + id), 200), "$.status").toString())
			.isEqualTo("PUBLISHED");
		assertThat((List<?>) read(body(http(city()).get("/api/inspections/tasks?planId=" + id), 200), "$")).isEmpty();
		body(http(null).get("/api/public/inspections/plans/" + id + "/draw"), 404);
		assertThat(body(http(city()).get("/api/inspections/audit?subjectId=" + id), 200)).isEqualTo(auditBefore);

		StubServices.reset();
		resetCircuitBreakers();
		body(http(city()).post(draw), 201);
		assertThat((List<?>) read(body(http(city()).get("/api/inspections/tasks?planId=" + id), 200), "$"))
			.isNotEmpty();
	}

}
