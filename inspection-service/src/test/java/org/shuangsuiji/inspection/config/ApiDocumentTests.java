package org.shuangsuiji.inspection.config;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the SPA's types are generated from. springdoc names a schema after
 * the record's simple name and silently keeps one of two records that share it, so two
 * features' {@code DrawView}s once turned the draw record's schema into the dossier's.
 */
class ApiDocumentTests extends ApiTestSupport {

	@Test
	void theDrawRecordAndTheDossierSampleKeepSchemasOfTheirOwn() {
		String doc = body(http(city()).get("/v3/api-docs"), 200);
		Map<String, Object> draw = read(doc, "$.components.schemas.DrawView.properties");
		assertThat(draw).containsKeys("planTitle", "commitment", "result", "current");
		Map<String, Object> dossierDraw = read(doc, "$.components.schemas.DossierDrawView.properties");
		assertThat(dossierDraw).containsKeys("caseNumbers", "allTaken", "windowSize");
		Map<String, Object> schemas = read(doc, "$.components.schemas");
		assertThat(schemas).containsKeys("DossierResponse", "DossierCommitRequest", "DossierReviewView");
	}

	@Test
	void theDocumentIsRefusedWithoutAToken() {
		body(http(null).get("/v3/api-docs"), 401);
	}

	@Test
	void theCallerComesFromTheTokenAndIsNoDocumentedParameter() {
		String doc = body(http(city()).get("/v3/api-docs"), 200);
		List<Object> callers = read(doc, "$.paths..parameters[?(@.name == 'caller')]");
		assertThat(callers).isEmpty();
		assertThat((Map<String, Object>) read(doc, "$.components.schemas")).doesNotContainKey("Caller");
	}

}
