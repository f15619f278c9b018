package org.shuangsuiji.scoring.config;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations reach: probes on the main port without a token, metrics on the
 * management port, the OpenAPI document for a signed-in caller only.
 */
@ScoringServiceTest
class OperationsTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	private TestHttp signedIn() {
		return TestHttp.on(this.port).as(TestJwts.as(Role.EXPERT).token());
	}

	@Test
	void probesAreUp() {
		assertThat(TestHttp.on(this.port).get("/livez").status()).isEqualTo(200);
		assertThat(TestHttp.on(this.port).get("/readyz").status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentListsTheEndpointsWithoutTheCallerAsAParameter() {
		Reply reply = signedIn().get("/v3/api-docs");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode paths = reply.json().path("paths");
		assertThat(paths.has("/api/scoring/sheets/{sheetId}/items/{itemId}")).isTrue();
		assertThat(paths.has("/api/scoring/templates/{templateId}/versions/{version}")).isTrue();
		assertThat(paths.has("/api/scoring/dashboard")).isTrue();
		assertThat(paths.has("/api/public/scoring/templates")).isTrue();
		assertThat(reply.body()).doesNotContain("\"name\":\"caller\"");
	}

	@Test
	void theOpenApiDocumentShowsTheTaskBoundRequestsTheExplicitAnswerAndTheResultAsSent() {
		JsonNode schemas = signedIn().get("/v3/api-docs").json().path("components").path("schemas");
		JsonNode create = schemas.path("CreateSheetRequest");
		assertThat(create.path("required").toString()).isEqualTo("[\"inspectionId\"]");
		assertThat(schemas.path("AnswerItemRequest").path("properties").has("checked")).isTrue();
		assertThat(schemas.path("SheetResponse").path("properties").has("resultHash")).isTrue();
		assertThat(schemas.path("SheetSummary").path("properties").has("resultHash")).isTrue();
		JsonNode result = schemas.path("EvaluationJson").path("properties");
		assertThat(result.has("provincialReview")).isTrue();
		assertThat(result.has("provincialReviewReasons")).isTrue();
		assertThat(result.has("missingItems")).isTrue();
		assertThat(result.has("complete")).isTrue();
	}

	@Test
	void theOpenApiDocumentIsRefusedWithoutAToken() {
		Reply reply = TestHttp.on(this.port).get("/v3/api-docs");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void metricsAreTaggedWithTheApplicationOnTheManagementPort() {
		Reply reply = TestHttp.on(this.managementPort).get("/actuator/prometheus");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("application=\"scoring-service\"");
	}

	@Test
	void nothingOfTheActuatorButTheProbesAnswersOnTheMainPort() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator/health" }) {
			assertThat(TestHttp.on(this.port).get(path).status()).as(path).isEqualTo(404);
		}
	}

}
