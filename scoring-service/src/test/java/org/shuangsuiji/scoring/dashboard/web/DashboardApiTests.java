package org.shuangsuiji.scoring.dashboard.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;
import org.shuangsuiji.scoring.testing.ScoringTokens;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * Dashboards over submitted official sheets of the year 2031 (a year no other test uses):
 * three 鄂州 sheets in two districts, one draft, one independent sheet, and two 新乡
 * checklists.
 */
@ScoringServiceTest
class DashboardApiTests {

	static final int YEAR = 2031;

	@LocalServerPort
	int port;

	// Seeded once per class: the sheets are read-only fixtures of every test here. (A
	// per-class test instance would start Spring before the infrastructure extension
	// runs.)
	private static boolean seeded;

	@BeforeEach
	void submitSheetsOnce() {
		if (seeded) {
			return;
		}
		seeded = true;
		// 鄂城区 420704: 89.5 (合格) and 95 (优秀, bonus capped at 5); 华容区 420703: 55 (不合格:
		// 执业规范 floored at 0, archive 50 × 40%).
		submitEzhou("420704", Map.of("2", rules(rule("2.7", null)), "4", rules(rule("4.1.b", 1))), "100");
		submitEzhou("420704", Map.of("2", rules(rule("2.7", null)), "14", rules(rule("14.3", 2))), "100");
		submitEzhou("420703", Map.of("2", rules(rule("2.7", null)), "4", rules(rule("4.1.b", 41))), "50");
		createEzhou("420703", "OFFICIAL");
		createEzhou("420703", "INDEPENDENT");
		// 新乡: 原阳县 suspended, 红旗区 rectification.
		submitXinxiang("410725", Map.of("1", finding("A", List.of(1))));
		submitXinxiang("410702", Map.of("9", finding("A", List.of(1, 3)), "1", finding("A", List.of(2))));
	}

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@Test
	void aCitySeesGradesTotalsAndFindingsOfItsSubmittedOfficialSheets() {
		Reply reply = api(token(Role.CITY, "420700")).get("/api/scoring/dashboard?year=" + YEAR);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode dashboard = reply.json();
		assertThat(dashboard.path("region").asString()).isEqualTo("420700");
		assertThat(dashboard.path("sheets").asLong()).isEqualTo(3);
		assertThat(outcomes(dashboard.path("outcomes"))).containsExactly("EXCELLENT=1", "FAIL=1", "PASS=1");
		JsonNode totals = dashboard.path("totals");
		assertThat(totals.path("sheets").asLong()).isEqualTo(3);
		assertThat(new BigDecimal(totals.path("mean").toString())).isEqualByComparingTo("79.83");
		assertThat(totals.path("min").toString()).isEqualTo("55");
		assertThat(totals.path("max").toString()).isEqualTo("95");
		JsonNode bands = dashboard.path("distribution");
		assertThat(bands).hasSize(10);
		assertThat(bands.path(5).path("sheets").asLong()).isEqualTo(1);
		assertThat(bands.path(8).path("sheets").asLong()).isEqualTo(1);
		assertThat(bands.path(9).path("sheets").asLong()).isEqualTo(1);
		JsonNode top = dashboard.path("findings").path(0);
		assertThat(top.path("itemId").asString()).isEqualTo("2");
		assertThat(top.path("sheets").asLong()).isEqualTo(3);
		assertThat(top.path("refs").path(0).path("ref").asString()).isEqualTo("2.7");
		assertThat(dashboard.path("findings").path(1).path("itemId").asString()).isEqualTo("4");
		assertThat(dashboard.path("subRegions").findValuesAsString("region")).containsExactly("420703", "420704");
		JsonNode echeng = dashboard.path("subRegions").path(1);
		assertThat(echeng.path("sheets").asLong()).isEqualTo(2);
		assertThat(echeng.path("meanTotal").toString()).isEqualTo("92.25");
	}

	@Test
	void aProvinceSeesEachCityInside() {
		JsonNode dashboard = api(token(Role.PROVINCE, "410000")).get("/api/scoring/dashboard?year=" + YEAR).json();
		assertThat(dashboard.path("sheets").asLong()).isEqualTo(2);
		assertThat(outcomes(dashboard.path("outcomes"))).contains("RECTIFY=1", "SUSPEND_PRACTICE=1");
		assertThat(dashboard.path("totals").path("sheets").asLong()).isZero();
		assertThat(dashboard.path("subRegions").findValuesAsString("region")).containsExactly("410700");
		JsonNode first = dashboard.path("findings").path(0);
		assertThat(first.path("itemId").asString()).isEqualTo("1");
		assertThat(first.path("sheets").asLong()).isEqualTo(2);
		assertThat(first.path("refs").findValuesAsString("ref")).containsExactly("1", "2");
	}

	@Test
	void aCountySeesOnlyItsOwnAgencies() {
		JsonNode dashboard = api(token(Role.COUNTY, "410725")).get("/api/scoring/dashboard?year=" + YEAR).json();
		assertThat(dashboard.path("sheets").asLong()).isEqualTo(1);
		assertThat(outcomes(dashboard.path("outcomes"))).containsExactly("SUSPEND_PRACTICE=1");
	}

	@Test
	void aBureauNarrowsToARegionInsideAndATemplate() {
		JsonNode dashboard = api(token(Role.PROVINCE, "420000"))
			.get("/api/scoring/dashboard?year=" + YEAR + "&region=420703&templateId=ezhou-2025-scoring")
			.json();
		assertThat(dashboard.path("sheets").asLong()).isEqualTo(1);
		assertThat(dashboard.path("templateId").asString()).isEqualTo("ezhou-2025-scoring");
	}

	@Test
	void noBureauSeesBeyondItsRegion() {
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/dashboard?region=420700").status()).isEqualTo(403);
		assertThat(api(token(Role.COUNTY, "410725")).get("/api/scoring/dashboard?region=410700").status())
			.isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "INSPECTOR", "EXPERT", "AGENCY" })
	void dashboardsAreForBureausOnly(Role role) {
		assertThat(api(token(role, "420700")).get("/api/scoring/dashboard").status()).isEqualTo(403);
	}

	@Test
	void aBadRegionIsABadRequest() {
		assertThat(api(token(Role.CITY, "420700")).get("/api/scoring/dashboard?region=42").status()).isEqualTo(400);
	}

	@Test
	void theMinistrySeesEveryProvinceAndDrillsIntoAnyRegion() {
		for (String query : List.of("", "&region=000000")) {
			JsonNode nation = api(ministry()).get("/api/scoring/dashboard?year=" + YEAR + query).json();
			assertThat(nation.path("region").asString()).isEqualTo("000000");
			assertThat(nation.path("sheets").asLong()).isEqualTo(5);
			assertThat(nation.path("subRegions").findValuesAsString("region")).containsExactly("410000", "420000");
		}
		JsonNode ezhou = api(ministry()).get("/api/scoring/dashboard?year=" + YEAR + "&region=420700").json();
		assertThat(ezhou.path("sheets").asLong()).isEqualTo(3);
		assertThat(ezhou.path("subRegions").findValuesAsString("region")).containsExactly("420703", "420704");
		JsonNode henan = api(ministry()).get("/api/scoring/dashboard?year=" + YEAR + "&region=410000").json();
		assertThat(henan.path("subRegions").findValuesAsString("region")).containsExactly("410700");
		assertThat(api(ministry()).get("/api/scoring/dashboard?region=00").status()).isEqualTo(400);
	}

	@Test
	void noBureauSeesTheNation() {
		assertThat(api(token(Role.PROVINCE, "420000")).get("/api/scoring/dashboard?region=000000").status())
			.isEqualTo(403);
		assertThat(api(token(Role.PROVINCE, "420000")).get("/api/scoring/dashboard?region=410000").status())
			.isEqualTo(403);
		assertThat(api(token(Role.AGENCY, "420700")).get("/api/scoring/dashboard?region=000000").status())
			.isEqualTo(403);
	}

	@Test
	void theMinistryReadsNoSheetAndNoTemplateAdministration() {
		assertThat(api(ministry()).get("/api/scoring/sheets").status()).isEqualTo(403);
		assertThat(api(ministry()).post("/api/scoring/templates", Map.of()).status()).isEqualTo(403);
	}

	private static String ministry() {
		return TestJwts.as(Role.MINISTRY).region("000000").subject("ministry").name("司法部公共法律服务管理局").bearer();
	}

	private static List<String> outcomes(JsonNode outcomes) {
		List<String> counts = new java.util.ArrayList<>();
		for (JsonNode outcome : outcomes) {
			counts.add(outcome.path("code").asString() + "=" + outcome.path("sheets").asLong());
		}
		return counts.stream().sorted().toList();
	}

	private void submitEzhou(String region, Map<String, Object> answers, String archive) {
		Task task = InspectionStub.register("420700", region, "ezhou-2025-scoring", 1, YEAR);
		String sheet = create(task, "OFFICIAL");
		String inspector = task.inspector(0);
		String expert = task.expert();
		answers.forEach((itemId, answer) -> put(inspector, sheet, itemId, answer));
		for (String itemId : List.of("party", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "14", "15")) {
			if (!answers.containsKey(itemId)) {
				put(inspector, sheet, itemId, Map.of("version", 0, "checked", true));
			}
		}
		put(expert, sheet, "12", Map.of("version", 0, "score", new BigDecimal(archive)));
		put(expert, sheet, "13", Map.of("version", 0, "score", new BigDecimal("5")));
		Reply submitted = api(inspector).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
	}

	private void createEzhou(String region, String mode) {
		create(InspectionStub.register("420700", region, "ezhou-2025-scoring", 1, YEAR), mode);
	}

	private String create(Task task, String mode) {
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets",
				Map.of("inspectionId", task.taskId(), "mode", mode));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().path("id").asString();
	}

	private void submitXinxiang(String region, Map<String, Object> findings) {
		Task task = InspectionStub.register("410700", region, "xinxiang-2024-checklist", 1, YEAR);
		String inspector = task.inspector(0);
		String sheet = create(task, "OFFICIAL");
		for (int i = 1; i <= 21; i++) {
			String itemId = String.valueOf(i);
			put(inspector, sheet, itemId, findings.getOrDefault(itemId, finding("B", List.of())));
		}
		assertThat(api(inspector).post("/api/scoring/sheets/" + sheet + "/submit", Map.of()).status()).isEqualTo(200);
	}

	private void put(String bearer, String sheet, String itemId, Object answer) {
		Reply reply = api(bearer).put("/api/scoring/sheets/" + sheet + "/items/" + itemId, answer);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private static Map<String, Object> finding(String finding, List<Integer> subPoints) {
		return Map.of("version", 0, "finding", finding, "subPoints", subPoints);
	}

	private static Map<String, Object> rules(Map<String, Object> rule) {
		return Map.of("version", 0, "rules", List.of(rule));
	}

	private static Map<String, Object> rule(String ruleId, Integer occurrences) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("ruleId", ruleId);
		if (occurrences != null) {
			rule.put("occurrences", occurrences);
		}
		return rule;
	}

}
