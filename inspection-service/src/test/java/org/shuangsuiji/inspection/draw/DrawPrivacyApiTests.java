package org.shuangsuiji.inspection.draw;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0405 over HTTP: a replacement takes no seed, the public record of a
 * {@code shuangsuiji-draw/2} draw names no person, and only the organiser and each drawn
 * team member (for their own entry) learn who a ref is.
 */
class DrawPrivacyApiTests extends DrawApiTestSupport {

	@Test
	void aReplacementThatSendsASeedOrSeedNoteIsRefusedNamingTheField() {
		Drawn drawn = drawnQuarterPlan();
		String id = drawn.planId();
		String agencyId = drawn.agencyId();
		String leaving = drawn.firstMemberId();
		String seed = body(http(city()).post(draw(id) + "/replacements", Map.of("type", "PERSON", "agencyId", agencyId,
				"personKind", "INSPECTOR", "personId", leaving, "reason", "因病", "seed", "20240605")), 400);
		assertThat(seed).contains("replacement-seed-not-accepted", "\"seed\"");
		String note = body(http(city()).post(draw(id) + "/replacements",
				Map.of("type", "AGENCY", "agencyId", agencyId, "reason", "注销", "seedNote", "公证")), 400);
		assertThat(note).contains("replacement-seed-not-accepted", "seedNote");
		assertThat((List<?>) read(body(http(null).get("/api/public/inspections/plans/" + id + "/draw"), 200),
				"$.replacements"))
			.as("nothing was written")
			.isEmpty();
	}

	@Test
	void thePublicRecordNamesNoPersonCertificateReasonOrOperator() {
		String id = publishedPlan(QUARTER, Map.of("inspectorsPerTeam", 2, "expertRequired", true, "excludeSameCounty",
				false, "excludeInspectedLastYear", false));
		body(http(city()).post(draw(id) + "/commitment"), 201);
		String open = body(http(null).get("/api/public/inspections/plans/" + id + "/draw"), 200);
		assertThat(read(open, "$.algorithm").toString()).isEqualTo("shuangsuiji-draw/2");
		assertThat((Object) read(open, "$.secret")).as("the secret stays hidden until the draw").isNull();
		assertThat(read(open, "$.inputs.secretHash").toString()).matches("[0-9a-f]{64}");
		String drawn = body(http(city()).post(draw(id), Map.of("seed", "福彩3D 2024150期 739")), 201);
		String agencyId = read(drawn, "$.result.agencies[0].agencyId");
		String leaving = read(drawn, "$.result.agencies[0].team[0].personId");
		body(http(city()).post(draw(id) + "/replacements", Map.of("type", "PERSON", "agencyId", agencyId, "personKind",
				"INSPECTOR", "personId", leaving, "reason", "近亲属在该机构执业，申请回避")), 201);
		String record = body(http(null).get("/api/public/inspections/plans/" + id + "/draw"), 200);
		assertThat(record).doesNotContain("检查员", "专家甲", "专家乙", "专家丙", "无证人员", "豫执", "lawEnforcementCertNo", "曾在该机构任职",
				"近亲属", "张三", "city-user", "\"in-0", "\"ex-0", "personId");
		assertThat(read(record, "$.secret").toString()).matches("[0-9a-f]{64}");
		assertThat(read(record, "$.committedBy").toString()).isEqualTo("410700");
		assertThat(read(record, "$.result.agencies[0].team[0].ref").toString()).matches("[0-9a-f]{16}");
		assertThat(
				(Boolean) read(body(http(null).get("/api/public/inspections/plans/" + id + "/draw/verification"), 200),
						"$.secretMatches"))
			.isTrue();
	}

	@Test
	void theOrganiserSeesWhoEveryRefIsAndTheReasons() {
		Drawn drawn = drawnQuarterPlan();
		String id = drawn.planId();
		String ref = drawn.firstMemberRef();
		String personId = drawn.firstMemberId();
		String identities = body(http(city()).get(draw(id) + "/identities"), 200);
		List<Map<String, Object>> people = read(identities, "$.people[?(@.ref == '" + ref + "')]");
		assertThat(people).singleElement()
			.satisfies((p) -> assertThat(p).containsEntry("personId", personId)
				.containsEntry("kind", "INSPECTOR")
				.containsKey("name")
				.containsKey("lawEnforcementCertNo"));
		assertThat((List<?>) read(identities, "$.people")).hasSizeGreaterThan(2);
		assertThat(read(body(http(city()).get(draw(id)), 200), "$.result.agencies[0].team[0].personId").toString())
			.isEqualTo(personId);
	}

	@Test
	void aDrawnInspectorSeesOnlyTheirOwnEntry() {
		Drawn drawn = drawnQuarterPlan();
		String id = drawn.planId();
		String ref = drawn.firstMemberRef();
		String personId = drawn.firstMemberId();
		String own = body(http(inspector(personId)).get(draw(id) + "/identities"), 200);
		List<Map<String, Object>> people = read(own, "$.people");
		assertThat(people).singleElement().satisfies((p) -> assertThat(p).containsEntry("ref", ref));
		assertThat((List<?>) read(own, "$.replacements")).isEmpty();
		assertThat((Object) read(own, "$.committedBy")).isNull();
	}

	@Test
	void nobodyElseLearnsWhoARefIs() {
		Drawn drawn = drawnQuarterPlan();
		String id = drawn.planId();
		List<String> drawnPeople = read(drawn.json(), "$.current.agencies[*].team[*].personId");
		String undrawn = List
			.of("in-01", "in-02", "in-03", "in-04", "in-05", "in-06", "in-07", "in-08", "in-09", "in-10", "in-11",
					"in-12")
			.stream()
			.filter((p) -> !drawnPeople.contains(p))
			.findFirst()
			.orElseThrow();
		String identities = draw(id) + "/identities";
		body(http(as(Role.CITY, "420700")).get(identities), 403);
		body(http(as(Role.PROVINCE, "420000")).get(identities), 403);
		body(http(agency("ag-01", "410702")).get(identities), 403);
		body(http(inspector(undrawn)).get(identities), 403);
		body(http(as(Role.COUNTY, "410725")).get(identities), 403);
		body(http(null).get(identities), 401);
		body(http(as(Role.CITY, "420700")).get(draw(id)), 403);
		body(http(inspector(drawnPeople.get(0))).get(draw(id)), 403);
		body(http(null).get(draw(id)), 401);
	}

}
