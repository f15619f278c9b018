package org.shuangsuiji.scoring.config;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations reach without a token: probes, metrics and the OpenAPI document. */
@ScoringServiceTest
class OperationsTests {

	@LocalServerPort
	int port;

	@Test
	void probesAreUp() {
		assertThat(TestHttp.on(this.port).get("/livez").status()).isEqualTo(200);
		assertThat(TestHttp.on(this.port).get("/readyz").status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentListsTheEndpointsWithoutTheCallerAsAParameter() {
		Reply reply = TestHttp.on(this.port).get("/v3/api-docs");
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
		JsonNode schemas = TestHttp.on(this.port).get("/v3/api-docs").json().path("components").path("schemas");
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
	void metricsAreTaggedWithTheApplication() {
		Reply reply = TestHttp.on(this.port).get("/actuator/prometheus");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("application=\"scoring-service\"");
	}

}
