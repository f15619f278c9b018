package org.shuangsuiji.inspection.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class PlanApiTests extends ApiTestSupport {

	private static final Map<String, Object> ALL = Map.of("mode", "ALL");

	@Test
	void theCityBureauCreatesADraftOfItsOwnRegion() {
		String body = body(http(city()).post("/api/inspections/plans", xinxiangPlan(ALL, twoInspectors())), 201);
		assertThat(read(body, "$.status").toString()).isEqualTo("DRAFT");
		assertThat(read(body, "$.createdBy").toString()).isEqualTo("新乡市司法局 张三");
		assertThat(read(body, "$.sampling.mode").toString()).isEqualTo("ALL");
		assertThat(read(body, "$.dossierWindowStart").toString()).isEqualTo("2023-01-01");
	}

	@Test
	void nobodyElseCreatesAPlanForXinxiang() {
		Map<String, Object> plan = xinxiangPlan(ALL, twoInspectors());
		body(http(as(Role.PROVINCE, "410000")).post("/api/inspections/plans", plan), 403);
		body(http(as(Role.CITY, "410100")).post("/api/inspections/plans", plan), 403);
		body(http(as(Role.COUNTY, "410725")).post("/api/inspections/plans", plan), 403);
		body(http(as(Role.INSPECTOR, "410700")).post("/api/inspections/plans", plan), 403);
		body(http(as(Role.EXPERT, "410700")).post("/api/inspections/plans", plan), 403);
		body(http(agency("ag-01", "410702")).post("/api/inspections/plans", plan), 403);
		body(http(null).post("/api/inspections/plans", plan), 401);
	}

	@Test
	void theProvinceCreatesItsOwnProvincialPlan() {
		Map<String, Object> plan = xinxiangPlan(Map.of("mode", "RATE", "value", 10), twoInspectors());
		plan.put("region", "410000");
		plan.put("scope", Map.of("region", "410000"));
		String body = body(http(as(Role.PROVINCE, "410000")).post("/api/inspections/plans", plan), 201);
		assertThat(read(body, "$.scope.region").toString()).isEqualTo("410000");
	}

	@Test
	void badTermsAreRefusedNamingTheFields() {
		Map<String, Object> plan = xinxiangPlan(Map.of("mode", "RATE", "value", 3), twoInspectors());
		plan.put("periodEnd", "2024-05-01");
		plan.put("scope", Map.of("categories", List.of("法医临床", "占卜")));
		String body = body(http(city()).post("/api/inspections/plans", plan), 400);
		assertThat(body).contains("urn:shuangsuiji:problem:plan-invalid", "sampling", "scope.categories[1]");
		plan = xinxiangPlan(ALL, twoInspectors());
		plan.put("periodEnd", "2024-05-01");
		body = body(http(city()).post("/api/inspections/plans", plan), 400);
		assertThat(body).contains("period.end");
		plan.remove("legalBasis");
		assertThat(body(http(city()).post("/api/inspections/plans", plan), 400)).contains("legalBasis");
	}

	@Test
	void aTemplateScoringServiceDoesNotKnowIsRefused() {
		Map<String, Object> plan = xinxiangPlan(ALL, twoInspectors());
		plan.put("template", Map.of("templateId", "missing", "version", 1));
		assertThat(body(http(city()).post("/api/inspections/plans", plan), 422)).contains("template-not-found");
	}

	@Test
	void scoringServiceDownRefusesWith503AndWritesNothing() {
		int before = read(body(http(city()).get("/api/inspections/plans"), 200), "$.length()");
		StubServices.scoringDown();
		String body = body(http(city()).post("/api/inspections/plans", xinxiangPlan(ALL, twoInspectors())), 503);
		assertThat(body).contains("scoring-unavailable");
		StubServices.reset();
		assertThat((int) read(body(http(city()).get("/api/inspections/plans"), 200), "$.length()")).isEqualTo(before);
	}

	@Test
	void aDraftIsSeenByItsOrganiserOnly() {
		String id = draftPlan(ALL, twoInspectors());
		body(http(city()).get("/api/inspections/plans/" + id), 200);
		body(http(as(Role.PROVINCE, "410000")).get("/api/inspections/plans/" + id), 404);
		body(http(as(Role.COUNTY, "410725")).get("/api/inspections/plans/" + id), 404);
		body(http(as(Role.INSPECTOR, "410700")).get("/api/inspections/plans/" + id), 404);
		body(http(null).get("/api/public/inspections/plans/" + id), 404);
		assertThat(body(http(as(Role.PROVINCE, "410000")).get("/api/inspections/plans"), 200)).doesNotContain(id);
		assertThat(body(http(city()).get("/api/inspections/plans"), 200)).contains(id);
	}

	@Test
	void publishingShowsThePlanToTheProvinceTheCountiesAndThePublic() {
		String id = draftPlan(ALL, twoInspectors());
		body(http(as(Role.PROVINCE, "410000")).post("/api/inspections/plans/" + id + "/publish"), 404);
		body(http(as(Role.COUNTY, "410725")).post("/api/inspections/plans/" + id + "/publish"), 403);
		String body = body(http(city()).post("/api/inspections/plans/" + id + "/publish"), 200);
		assertThat(read(body, "$.status").toString()).isEqualTo("PUBLISHED");
		assertThat(body(http(as(Role.PROVINCE, "410000")).get("/api/inspections/plans"), 200)).contains(id);
		body(http(as(Role.COUNTY, "410725")).get("/api/inspections/plans/" + id), 200);
		body(http(as(Role.INSPECTOR, "410700")).get("/api/inspections/plans/" + id), 200);
		body(http(agency("ag-01", "410703")).get("/api/inspections/plans/" + id), 200);
		body(http(as(Role.CITY, "410100")).get("/api/inspections/plans/" + id), 403);
		body(http(as(Role.PROVINCE, "420000")).get("/api/inspections/plans/" + id), 403);
		String published = body(http(null).get("/api/public/inspections/plans/" + id), 200);
		assertThat(published).doesNotContain("张三");
		assertThat(body(http(null).get("/api/public/inspections/plans?region=410700&year=2024"), 200)).contains(id);
		assertThat(body(http(null).get("/api/public/inspections/plans?region=420000"), 200)).doesNotContain(id);
		body(http(null).get("/api/public/inspections/plans?region=4107"), 400);
	}

	@Test
	void aPublishedPlanIsNotRevisedOrPublishedAgain() {
		String id = publishedPlan(ALL, twoInspectors());
		body(http(city()).put("/api/inspections/plans/" + id, xinxiangPlan(ALL, twoInspectors())), 409);
		body(http(city()).post("/api/inspections/plans/" + id + "/publish"), 409);
	}

	@Test
	void theOrganiserRevisesADraft() {
		String id = draftPlan(ALL, twoInspectors());
		String body = body(http(city()).put("/api/inspections/plans/" + id,
				xinxiangPlan(Map.of("mode", "RATE", "value", 20), twoInspectors())), 200);
		assertThat(read(body, "$.sampling.value").toString()).isEqualTo("20");
		body(http(as(Role.PROVINCE, "410000")).put("/api/inspections/plans/" + id, xinxiangPlan(ALL, twoInspectors())),
				404);
	}

	@Test
	void statusesMoveOnlyOneStepAfterTheDraw() {
		String id = publishedPlan(ALL, twoInspectors());
		body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "IN_PROGRESS")), 409);
		body(http(city()).post("/api/inspections/plans/" + id + "/draw"), 201);
		body(http(as(Role.PROVINCE, "410000")).put("/api/inspections/plans/" + id + "/status",
				Map.of("status", "IN_PROGRESS")), 403);
		body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "CLOSED")), 409);
		body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "IN_PROGRESS")), 200);
		body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "CLOSED")), 200);
		String body = body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "DISCLOSED")),
				200);
		assertThat(read(body, "$.status").toString()).isEqualTo("DISCLOSED");
		body(http(city()).put("/api/inspections/plans/" + id + "/status", Map.of("status", "NONSENSE")), 400);
	}

	@Test
	void anUnknownPlanIs404() {
		body(http(city()).get("/api/inspections/plans/no-such-plan"), 404);
		body(http(null).get("/api/public/inspections/plans/no-such-plan"), 404);
	}

}
