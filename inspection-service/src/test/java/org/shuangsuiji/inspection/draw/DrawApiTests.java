package org.shuangsuiji.inspection.draw;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.support.StubServices.XinxiangPool;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class DrawApiTests extends DrawApiTestSupport {

	@Test
	void theCommitmentIsPublishedBeforeTheOperatorsSeedAndTheDrawCanBeReRun() {
		String id = publishedPlan(QUARTER, twoInspectors());
		String committed = body(http(city()).post(draw(id) + "/commitment"), 201);
		String commitment = read(committed, "$.commitment");
		assertThat(commitment).matches("[0-9a-f]{64}");
		assertThat(read(committed, "$.status").toString()).isEqualTo("COMMITTED");

		String before = body(http(null).get(publicDraw(id)), 200);
		assertThat(read(before, "$.seed") == null).isTrue();
		assertThat((List<?>) read(before, "$.inputs.pool.agencies")).as("the suspended agency is left out").hasSize(12);
		assertThat(before).as("people are refs in /2; the inactive one is not even counted")
			.doesNotContain("in-retired", "in-nocert");
		assertThat((List<?>) read(before, "$.inputs.pool.inspectors[?(@.certified == false)]"))
			.as("the inspector without a 执法证号 is in the pool, never drawn")
			.hasSize(1);

		String drawn = body(http(city()).post(draw(id), Map.of("seed", "(2024)豫新证字第0603号", "seedNote", "新乡市公证处 公证书编号")),
				201);
		assertThat(read(drawn, "$.status").toString()).isEqualTo("DRAWN");
		assertThat(read(drawn, "$.commitment").toString()).isEqualTo(commitment);
		assertThat(read(drawn, "$.seed.source").toString()).isEqualTo("OPERATOR");
		assertThat((List<?>) read(drawn, "$.result.agencies")).hasSize(3);
		assertThat((List<?>) read(drawn, "$.result.agencies[0].team")).hasSize(2);

		String verification = body(http(null).get(publicDraw(id) + "/verification"), 200);
		assertThat((Boolean) read(verification, "$.valid")).isTrue();
		assertThat((Boolean) read(verification, "$.drawMatches")).isTrue();
		assertThat(read(body(http(city()).get("/api/inspections/plans/" + id), 200), "$.status").toString())
			.isEqualTo("DRAWN");
		assertThat((List<?>) read(body(http(city()).get("/api/inspections/tasks?planId=" + id), 200), "$")).hasSize(3);
	}

	@Test
	void withoutASeedTheServerGeneratesOneAfterCommitting() {
		String id = publishedPlan(QUARTER, twoInspectors());
		String drawn = body(http(city()).post(draw(id)), 201);
		assertThat(read(drawn, "$.seed.source").toString()).isEqualTo("SERVER");
		assertThat(read(drawn, "$.seed.value").toString()).matches("[0-9a-f]{64}");
		assertThat(read(drawn, "$.committedAt").toString()).isNotBlank();
	}

	@Test
	void anOperatorsSeedNeedsAPublishedCommitmentFirst() {
		String id = publishedPlan(QUARTER, twoInspectors());
		assertThat(body(http(city()).post(draw(id), Map.of("seed", "123456")), 422))
			.contains("draw-commitment-required");
		body(http(null).get(publicDraw(id)), 404);
	}

	@Test
	void aPlanIsDrawnOnce() {
		String id = publishedPlan(QUARTER, twoInspectors());
		body(http(city()).post(draw(id) + "/commitment"), 201);
		body(http(city()).post(draw(id) + "/commitment"), 409);
		body(http(city()).post(draw(id), Map.of("seed", "1")), 201);
		assertThat(body(http(city()).post(draw(id), Map.of("seed", "2")), 409)).contains("draw-already-done");
		body(http(city()).post(draw(id) + "/commitment"), 409);
	}

	@Test
	void aDraftIsNotDrawn() {
		String id = draftPlan(QUARTER, twoInspectors());
		body(http(city()).post(draw(id)), 409);
		body(http(city()).post(draw(id) + "/commitment"), 409);
	}

	@Test
	void onlyTheOrganisingBureauDraws() {
		String id = publishedPlan(QUARTER, twoInspectors());
		body(http(as(Role.PROVINCE, "410000")).post(draw(id) + "/commitment"), 403);
		body(http(as(Role.PROVINCE, "410000")).post(draw(id)), 403);
		body(http(as(Role.CITY, "410100")).post(draw(id)), 403);
		body(http(as(Role.COUNTY, "410725")).post(draw(id)), 403);
		body(http(as(Role.INSPECTOR, "410700")).post(draw(id)), 403);
		body(http(as(Role.EXPERT, "410700")).post(draw(id)), 403);
		body(http(agency("ag-01", "410702")).post(draw(id)), 403);
		body(http(null).post(draw(id)), 401);
		body(http(null).get(publicDraw(id)), 404);
	}

	@Test
	void anAgencyThatCannotBeStaffedIsNamedWith422AndNothingIsWritten() {
		StubServices.stubRegistry(StubServices.XINXIANG, XinxiangPool.of(12, 1));
		String id = publishedPlan(QUARTER, twoInspectors());
		String problem = body(http(city()).post(draw(id)), 422);
		assertThat(read(problem, "$.type").toString()).isEqualTo("urn:shuangsuiji:problem:draw-staffing-impossible");
		assertThat(read(problem, "$.rule").toString()).isEqualTo("certified-inspectors");
		assertThat(read(problem, "$.agencyId").toString()).startsWith("ag-");
		assertThat(read(problem, "$.detail").toString()).contains("certified-inspectors", "司法鉴定所");
		body(http(null).get(publicDraw(id)), 404);
		assertThat(read(body(http(city()).get("/api/inspections/plans/" + id), 200), "$.status").toString())
			.isEqualTo("PUBLISHED");
	}

	@Test
	void registryDownRefusesTheDrawWith503AndWritesNothing() {
		String id = publishedPlan(QUARTER, twoInspectors());
		String auditBefore = body(http(city()).get("/api/inspections/audit?subjectId=" + id), 200);
		StubServices.registryDown();
		String problem = body(http(city()).post(draw(id)), 503);
		assertThat(read(problem, "$.type").toString()).isEqualTo("urn:shuangsuiji:problem:registry-unavailable");
		assertThat(read(problem, "$.status").toString()).isEqualTo("503");
		body(http(city()).post(draw(id) + "/commitment"), 503);
		body(http(null).get(publicDraw(id)), 404);
		assertThat(read(body(http(city()).get("/api/inspections/plans/" + id), 200), "$.status").toString())
			.isEqualTo("PUBLISHED");
		assertThat((List<?>) read(body(http(city()).get("/api/inspections/tasks?planId=" + id), 200), "$")).isEmpty();
		assertThat(body(http(city()).get("/api/inspections/audit?subjectId=" + id), 200)).isEqualTo(auditBefore);
		StubServices.reset();
		resetCircuitBreakers();
		body(http(city()).post(draw(id)), 201);
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresAndStillAnswers503() {
		String id = publishedPlan(QUARTER, twoInspectors());
		StubServices.registryDown();
		// the breaker's minimum number of calls; each request is one call, whatever its
		// tries
		for (int i = 0; i < 5; i++) {
			body(http(city()).post(draw(id) + "/commitment"), 503);
		}
		assertThat(body(http(city()).post(draw(id) + "/commitment"), 503)).contains("circuit breaker");
	}

	@Test
	void aPersonIsReplacedWithAReasonAndNoSeed() {
		Drawn drawn = drawnQuarterPlan();
		String id = drawn.planId();
		String agencyId = drawn.agencyId();
		String leaving = drawn.firstMemberId();
		Map<String, Object> replacement = Map.of("type", "PERSON", "agencyId", agencyId, "personKind", "INSPECTOR",
				"personId", leaving, "reason", "因病无法参加检查");
		body(http(as(Role.PROVINCE, "410000")).post(draw(id) + "/replacements", replacement), 403);
		body(http(as(Role.COUNTY, "410725")).post(draw(id) + "/replacements", replacement), 403);
		String replaced = body(http(city()).post(draw(id) + "/replacements", replacement), 201);
		assertThat(read(replaced, "$.replacements[0].type").toString()).isEqualTo("PERSON");
		assertThat((Map<String, Object>) read(replaced, "$.replacements[0]")).doesNotContainKeys("seed", "reason");
		assertThat(read(body(http(city()).get(draw(id) + "/identities"), 200), "$.replacements[0].reason").toString())
			.isEqualTo("因病无法参加检查");
		assertThat(read(replaced, "$.result.agencies[0].team[0].personId").toString())
			.as("the draw itself is never rewritten")
			.isEqualTo(leaving);
		String task = body(http(city()).get("/api/inspections/tasks/" + id + ":" + agencyId), 200);
		assertThat(task).doesNotContain("\"" + leaving + "\"");
		assertThat((List<?>) read(task, "$.team")).hasSize(2);
		assertThat((Boolean) read(body(http(null).get(publicDraw(id) + "/verification"), 200), "$.valid")).isTrue();
		assertThat(body(http(city()).post(draw(id) + "/replacements",
				Map.of("type", "PERSON", "agencyId", agencyId, "reason", "x")), 400))
			.contains("personId");
	}

	@Test
	void anAgencyIsReplacedAndItsTaskWithdrawn() {
		String id = publishedPlan(QUARTER, twoInspectors());
		String drawn = body(http(city()).post(draw(id)), 201);
		String agencyId = read(drawn, "$.result.agencies[1].agencyId");
		String replaced = body(http(city()).post(draw(id) + "/replacements",
				Map.of("type", "AGENCY", "agencyId", agencyId, "reason", "许可证已注销")), 201);
		String substitute = read(replaced, "$.replacements[0].substitute.agencyId");
		assertThat(substitute).isNotEqualTo(agencyId);
		assertThat((List<String>) read(replaced, "$.current.withdrawn")).containsExactly(agencyId);
		String withdrawn = body(http(city()).get("/api/inspections/tasks/" + id + ":" + agencyId), 200);
		assertThat(read(withdrawn, "$.status").toString()).isEqualTo("WITHDRAWN");
		assertThat(read(withdrawn, "$.withdrawnReason").toString()).isEqualTo("许可证已注销");
		body(http(city()).get("/api/inspections/tasks/" + id + ":" + substitute), 200);
		assertThat((List<?>) read(body(http(city()).get("/api/inspections/tasks?planId=" + id), 200), "$")).hasSize(4);
		assertThat((Boolean) read(body(http(null).get(publicDraw(id) + "/verification"), 200), "$.valid")).isTrue();
		body(http(city()).post(draw(id) + "/replacements",
				Map.of("type", "AGENCY", "agencyId", agencyId, "reason", "again")), 422);
	}

	@Test
	void replacementsWaitForTheDraw() {
		String id = publishedPlan(QUARTER, twoInspectors());
		body(http(city()).post(draw(id) + "/replacements",
				Map.of("type", "AGENCY", "agencyId", "ag-01", "reason", "注销")), 409);
	}

	@Test
	void expertsCoverTheAgencysCategoriesAndConflictsAreRespected() {
		Map<String, Object> rules = Map.of("inspectorsPerTeam", 2, "expertRequired", true, "excludeSameCounty", true,
				"excludeInspectedLastYear", false, "maxInspectionsPerPerson", 8);
		String id = publishedPlan(Map.of("mode", "ALL"), rules);
		String drawn = body(http(city()).post(draw(id)), 201);
		List<Map<String, Object>> agencies = read(drawn, "$.result.agencies");
		assertThat(agencies).hasSize(12);
		for (Map<String, Object> agency : agencies) {
			List<Map<String, Object>> team = (List<Map<String, Object>>) agency.get("team");
			assertThat(team).filteredOn((m) -> m.get("kind").equals("EXPERT")).isNotEmpty();
			if (agency.get("agencyId").equals("ag-01")) {
				assertThat(team).noneMatch((m) -> m.get("personId").equals("in-01"));
			}
			if (agency.get("agencyId").equals("ag-02")) {
				assertThat(team).noneMatch((m) -> m.get("personId").equals("ex-01"));
			}
		}
	}

	@Test
	void whoInspectedAnAgencyLastYearIsLeftOutWhenThePlanSaysSo() {
		Map<String, Object> plan2023 = xinxiangPlan(Map.of("mode", "ALL"), twoInspectors());
		plan2023.put("year", 2023);
		plan2023.put("title", "2023年度新乡市司法鉴定行业“双随机、一公开”监督检查");
		plan2023.put("periodStart", "2023-06-01");
		plan2023.put("periodEnd", "2023-06-30");
		plan2023.put("dossierWindowStart", "2022-01-01");
		String id2023 = read(body(http(city()).post("/api/inspections/plans", plan2023), 201), "$.id");
		body(http(city()).post("/api/inspections/plans/" + id2023 + "/publish"), 200);
		body(http(city()).post(draw(id2023)), 201);

		Map<String, Object> rules = Map.of("inspectorsPerTeam", 2, "expertRequired", false, "excludeSameCounty", false,
				"excludeInspectedLastYear", true);
		String id = publishedPlan(Map.of("mode", "ALL"), rules);
		String drawn = body(http(city()).post(draw(id)), 201);
		List<Map<String, Object>> prior = read(drawn, "$.inputs.pool.priorInspections");
		assertThat(prior).hasSizeGreaterThanOrEqualTo(24);
		List<Map<String, Object>> agencies = read(drawn, "$.result.agencies");
		for (Map<String, Object> agency : agencies) {
			for (Map<String, Object> member : (List<Map<String, Object>>) agency.get("team")) {
				assertThat(prior).noneMatch((p) -> p.get("agencyId").equals(agency.get("agencyId"))
						&& p.get("ref").equals(member.get("ref")));
			}
		}
	}

}
