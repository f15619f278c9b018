package org.shuangsuiji.inspection.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.platform.security.Role;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class PlanApiTests extends ApiTestSupport {

	private static final Map<String, Object> ALL = Map.of("mode", "ALL");

	@Test
	void theCityBureauCreatesADraftOfItsOwnRegion() {
		String body = call(HttpMethod.POST, "/api/inspections/plans", city(), xinxiangPlan(ALL, twoInspectors()), 201);
		assertThat(read(body, "$.status").toString()).isEqualTo("DRAFT");
		assertThat(read(body, "$.createdBy").toString()).isEqualTo("新乡市司法局 张三");
		assertThat(read(body, "$.sampling.mode").toString()).isEqualTo("ALL");
		assertThat(read(body, "$.dossierWindowStart").toString()).isEqualTo("2023-01-01");
	}

	@Test
	void nobodyElseCreatesAPlanForXinxiang() {
		Map<String, Object> plan = xinxiangPlan(ALL, twoInspectors());
		call(HttpMethod.POST, "/api/inspections/plans", as(Role.PROVINCE, "410000"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", as(Role.CITY, "410100"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", as(Role.COUNTY, "410725"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", as(Role.INSPECTOR, "410700"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", as(Role.EXPERT, "410700"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", agency("ag-01", "410702"), plan, 403);
		call(HttpMethod.POST, "/api/inspections/plans", null, plan, 401);
	}

	@Test
	void theProvinceCreatesItsOwnProvincialPlan() {
		Map<String, Object> plan = xinxiangPlan(Map.of("mode", "RATE", "value", 10), twoInspectors());
		plan.put("region", "410000");
		plan.put("scope", Map.of("region", "410000"));
		String body = call(HttpMethod.POST, "/api/inspections/plans", as(Role.PROVINCE, "410000"), plan, 201);
		assertThat(read(body, "$.scope.region").toString()).isEqualTo("410000");
	}

	@Test
	void badTermsAreRefusedNamingTheFields() {
		Map<String, Object> plan = xinxiangPlan(Map.of("mode", "RATE", "value", 3), twoInspectors());
		plan.put("periodEnd", "2024-05-01");
		plan.put("scope", Map.of("categories", List.of("法医临床", "占卜")));
		String body = call(HttpMethod.POST, "/api/inspections/plans", city(), plan, 400);
		assertThat(body).contains("urn:shuangsuiji:problem:plan-invalid", "sampling", "scope.categories[1]");
		plan = xinxiangPlan(ALL, twoInspectors());
		plan.put("periodEnd", "2024-05-01");
		body = call(HttpMethod.POST, "/api/inspections/plans", city(), plan, 400);
		assertThat(body).contains("period.end");
		plan.remove("legalBasis");
		assertThat(call(HttpMethod.POST, "/api/inspections/plans", city(), plan, 400)).contains("legalBasis");
	}

	@Test
	void aTemplateScoringServiceDoesNotKnowIsRefused() {
		Map<String, Object> plan = xinxiangPlan(ALL, twoInspectors());
		plan.put("template", Map.of("templateId", "missing", "version", 1));
		assertThat(call(HttpMethod.POST, "/api/inspections/plans", city(), plan, 422)).contains("template-not-found");
	}

	@Test
	void scoringServiceDownRefusesWith503AndWritesNothing() {
		int before = read(get("/api/inspections/plans", city(), 200), "$.length()");
		StubServices.scoringDown();
		String body = call(HttpMethod.POST, "/api/inspections/plans", city(), xinxiangPlan(ALL, twoInspectors()), 503);
		assertThat(body).contains("scoring-unavailable");
		StubServices.reset();
		assertThat((int) read(get("/api/inspections/plans", city(), 200), "$.length()")).isEqualTo(before);
	}

	@Test
	void aDraftIsSeenByItsOrganiserOnly() {
		String id = draftPlan(ALL, twoInspectors());
		get("/api/inspections/plans/" + id, city(), 200);
		get("/api/inspections/plans/" + id, as(Role.PROVINCE, "410000"), 404);
		get("/api/inspections/plans/" + id, as(Role.COUNTY, "410725"), 404);
		get("/api/inspections/plans/" + id, as(Role.INSPECTOR, "410700"), 404);
		get("/api/public/inspections/plans/" + id, null, 404);
		assertThat(get("/api/inspections/plans", as(Role.PROVINCE, "410000"), 200)).doesNotContain(id);
		assertThat(get("/api/inspections/plans", city(), 200)).contains(id);
	}

	@Test
	void publishingShowsThePlanToTheProvinceTheCountiesAndThePublic() {
		String id = draftPlan(ALL, twoInspectors());
		call(HttpMethod.POST, "/api/inspections/plans/" + id + "/publish", as(Role.PROVINCE, "410000"), null, 404);
		call(HttpMethod.POST, "/api/inspections/plans/" + id + "/publish", as(Role.COUNTY, "410725"), null, 403);
		String body = call(HttpMethod.POST, "/api/inspections/plans/" + id + "/publish", city(), null, 200);
		assertThat(read(body, "$.status").toString()).isEqualTo("PUBLISHED");
		assertThat(get("/api/inspections/plans", as(Role.PROVINCE, "410000"), 200)).contains(id);
		get("/api/inspections/plans/" + id, as(Role.COUNTY, "410725"), 200);
		get("/api/inspections/plans/" + id, as(Role.INSPECTOR, "410700"), 200);
		get("/api/inspections/plans/" + id, agency("ag-01", "410703"), 200);
		get("/api/inspections/plans/" + id, as(Role.CITY, "410100"), 403);
		get("/api/inspections/plans/" + id, as(Role.PROVINCE, "420000"), 403);
		String published = get("/api/public/inspections/plans/" + id, null, 200);
		assertThat(published).doesNotContain("张三");
		assertThat(get("/api/public/inspections/plans?region=410700&year=2024", null, 200)).contains(id);
		assertThat(get("/api/public/inspections/plans?region=420000", null, 200)).doesNotContain(id);
		get("/api/public/inspections/plans?region=4107", null, 400);
	}

	@Test
	void aPublishedPlanIsNotRevisedOrPublishedAgain() {
		String id = publishedPlan(ALL, twoInspectors());
		call(HttpMethod.PUT, "/api/inspections/plans/" + id, city(), xinxiangPlan(ALL, twoInspectors()), 409);
		call(HttpMethod.POST, "/api/inspections/plans/" + id + "/publish", city(), null, 409);
	}

	@Test
	void theOrganiserRevisesADraft() {
		String id = draftPlan(ALL, twoInspectors());
		String body = call(HttpMethod.PUT, "/api/inspections/plans/" + id, city(),
				xinxiangPlan(Map.of("mode", "RATE", "value", 20), twoInspectors()), 200);
		assertThat(read(body, "$.sampling.value").toString()).isEqualTo("20");
		call(HttpMethod.PUT, "/api/inspections/plans/" + id, as(Role.PROVINCE, "410000"),
				xinxiangPlan(ALL, twoInspectors()), 404);
	}

	@Test
	void statusesMoveOnlyOneStepAfterTheDraw() {
		String id = publishedPlan(ALL, twoInspectors());
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(), Map.of("status", "IN_PROGRESS"), 409);
		call(HttpMethod.POST, "/api/inspections/plans/" + id + "/draw", city(), null, 201);
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", as(Role.PROVINCE, "410000"),
				Map.of("status", "IN_PROGRESS"), 403);
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(), Map.of("status", "CLOSED"), 409);
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(), Map.of("status", "IN_PROGRESS"), 200);
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(), Map.of("status", "CLOSED"), 200);
		String body = call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(),
				Map.of("status", "DISCLOSED"), 200);
		assertThat(read(body, "$.status").toString()).isEqualTo("DISCLOSED");
		call(HttpMethod.PUT, "/api/inspections/plans/" + id + "/status", city(), Map.of("status", "NONSENSE"), 400);
	}

	@Test
	void anUnknownPlanIs404() {
		get("/api/inspections/plans/no-such-plan", city(), 404);
		get("/api/public/inspections/plans/no-such-plan", null, 404);
	}

}
