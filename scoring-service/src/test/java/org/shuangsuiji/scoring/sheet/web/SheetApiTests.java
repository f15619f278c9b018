package org.shuangsuiji.scoring.sheet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.ScoringTokens;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * Score sheets through the API: who may do what, optimistic locking per item, submission,
 * history.
 */
@ServiceTest
class SheetApiTests {

	static final String XINXIANG = "xinxiang-2024-checklist";

	static final String EZHOU = "ezhou-2025-scoring";

	@LocalServerPort
	int port;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	private final String inspector = token(Role.INSPECTOR, "410700");

	@Test
	void anInspectorCreatesTheOfficialSheetOfAnInspectionInTheirCity() {
		String inspection = inspection();
		Reply reply = api(this.inspector).post("/api/scoring/sheets", newSheet(XINXIANG, inspection, "a-1", "410725"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode sheet = reply.json();
		assertThat(reply.location()).isEqualTo("/api/scoring/sheets/" + sheet.path("id").asString());
		assertThat(sheet.path("status").asString()).isEqualTo("DRAFT");
		assertThat(sheet.path("mode").asString()).isEqualTo("OFFICIAL");
		assertThat(sheet.path("year").asInt()).isEqualTo(2024);
		assertThat(sheet.path("kind").asString()).isEqualTo("CHECKLIST");

		Reply second = api(token(Role.INSPECTOR, "410700")).post("/api/scoring/sheets",
				newSheet(XINXIANG, inspection, "a-1", "410725"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("sheet-exists");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROVINCE", "CITY", "COUNTY", "INSPECTOR", "EXPERT" })
	void everyRoleInScopeButAnAgencyCreatesAnOfficialSheet(Role role) {
		String region = switch (role) {
			case PROVINCE -> "410000";
			case COUNTY -> "410725";
			default -> "410700";
		};
		Reply reply = api(token(role, region)).post("/api/scoring/sheets",
				newSheet(XINXIANG, inspection(), "a-2", "410725"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	@Test
	void nobodyCreatesASheetOutsideTheirRegionAndAgenciesNever() {
		assertThat(api(token(Role.INSPECTOR, "420700"))
			.post("/api/scoring/sheets", newSheet(XINXIANG, inspection(), "a-3", "410725"))
			.status()).isEqualTo(403);
		assertThat(api(token(Role.COUNTY, "410783"))
			.post("/api/scoring/sheets", newSheet(XINXIANG, inspection(), "a-3", "410725"))
			.status()).isEqualTo(403);
		assertThat(api(ScoringTokens.agency("a-3", "410725"))
			.post("/api/scoring/sheets", newSheet(XINXIANG, inspection(), "a-3", "410725"))
			.status()).isEqualTo(403);
	}

	@Test
	void aTemplateOfAnotherCityDoesNotScoreThisAgency() {
		Reply reply = api(token(Role.PROVINCE, "410000")).post("/api/scoring/sheets",
				newSheet(EZHOU, inspection(), "a-4", "410725"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problemType()).isEqualTo("template-not-for-region");
	}

	@Test
	void aBadCreateRequestNamesTheField() {
		Map<String, Object> body = newSheet(XINXIANG, inspection(), "a-5", "4107");
		Reply reply = api(this.inspector).post("/api/scoring/sheets", body);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("errors").path(0).path("field").asString()).isEqualTo("region");
		Map<String, Object> unknownVersion = newSheet(XINXIANG, inspection(), "a-5", "410725");
		unknownVersion.put("templateVersion", 99);
		assertThat(api(this.inspector).post("/api/scoring/sheets", unknownVersion).status()).isEqualTo(404);
	}

	@Test
	void answersAreVersionedPerItemAndAStaleVersionIsAConflictNamingTheItem() {
		String sheet = createSheet(XINXIANG, "410725");
		Reply first = api(this.inspector).put(item(sheet, "4"), finding(0, "A", List.of(2)));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("version").asLong()).isEqualTo(1);
		assertThat(first.json().path("answeredBy").asString()).startsWith("inspector-");

		Reply stale = api(token(Role.INSPECTOR, "410700")).put(item(sheet, "4"), finding(0, "B", List.of()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.problemType()).isEqualTo("answer-conflict");
		assertThat(stale.json().path("item").asString()).isEqualTo("4");
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);

		Reply change = api(token(Role.INSPECTOR, "410700")).put(item(sheet, "4"), finding(1, "B", List.of()));
		assertThat(change.status()).isEqualTo(200);
		assertThat(change.json().path("version").asLong()).isEqualTo(2);
		JsonNode stored = api(this.inspector).get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").path("4").path("answer").path("finding").asString()).isEqualTo("B");
	}

	@Test
	void inspectorsAnsweringDifferentItemsAtOnceLoseNothing() throws Exception {
		String sheet = createSheet(XINXIANG, "410725");
		List<Callable<Integer>> answers = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			String itemId = String.valueOf(i);
			String bearer = token(Role.INSPECTOR, "410700");
			answers.add(() -> api(bearer).put(item(sheet, itemId), finding(0, "B", List.of())).status());
		}
		assertThat(runTogether(answers)).containsOnly(200);
		JsonNode stored = api(this.inspector).get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").size()).isEqualTo(21);
		assertThat(stored.path("version").asLong()).isEqualTo(21);
	}

	@Test
	void inspectorsAnsweringTheSameItemAtOnceGetOneWinnerAndConflictsNamingTheItem() throws Exception {
		String sheet = createSheet(XINXIANG, "410725");
		List<Callable<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String bearer = token(Role.INSPECTOR, "410700");
			String finding = (i % 2 == 0) ? "A" : "B";
			List<Integer> subPoints = (i % 2 == 0) ? List.of(1) : List.of();
			answers.add(() -> api(bearer).put(item(sheet, "6"), finding(0, finding, subPoints)).status());
		}
		List<Integer> statuses = runTogether(answers);
		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		JsonNode history = api(this.inspector).get("/api/scoring/sheets/" + sheet + "/history").json();
		assertThat(history.findValuesAsString("action")).containsExactly("CREATED", "ANSWERED");
	}

	@Test
	void badAnswersAreRefusedNamingTheItem() {
		String sheet = createSheet(EZHOU, "420704");
		TestHttp inspector = api(token(Role.INSPECTOR, "420700"));
		assertProblem(inspector.put(item(sheet, "99"), rules(0, rule("1.1", null, null, List.of()))), 400,
				"unknown-item", "99");
		assertProblem(inspector.put(item(sheet, "1"), rules(0, rule("2.7", null, null, List.of()))), 400,
				"unknown-rule", "1");
		assertProblem(inspector.put(item(sheet, "4"), rules(0, rule("x.1", null, null, List.of()))), 400,
				"unknown-rule", "4");
		assertProblem(inspector.put(item(sheet, "4"), rules(0, rule("4.1.b", -2, null, List.of()))), 400,
				"invalid-answer", "4");
		assertProblem(inspector.put(item(sheet, "7"), rules(0, rule("7.3.b", null, "2", List.of("接待")))), 400,
				"invalid-answer", "7");
		assertProblem(inspector.put(item(sheet, "5"), finding(0, "A", List.of())), 400, "invalid-answer", "5");
		assertProblem(api(token(Role.EXPERT, "420700")).put(item(sheet, "13"), score(0, "7")), 400, "invalid-answer",
				"13");
		Reply typo = inspector.put(item(sheet, "4"),
				Map.of("version", 0, "rules", List.of(Map.of("ruleId", "4.1.b", "occurences", 2))));
		assertThat(typo.status()).isEqualTo(400);
		JsonNode stored = inspector.get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").size()).isZero();
		assertThat(stored.path("version").asLong()).isZero();
	}

	@Test
	void onlyAnExpertAnswersTheExpertScoredItems() {
		String sheet = createSheet(EZHOU, "420704");
		assertProblem(api(token(Role.INSPECTOR, "420700")).put(item(sheet, "13"), score(0, "4.5")), 403, "expert-only",
				"13");
		assertProblem(api(token(Role.INSPECTOR, "420700")).put(item(sheet, "10"),
				rules(0, rule("10.4", null, "2", List.of()))), 403, "expert-only", "10");
		assertThat(api(token(Role.EXPERT, "420700")).put(item(sheet, "13"), score(0, "4.5")).status()).isEqualTo(200);
		assertThat(api(token(Role.INSPECTOR, "420700"))
			.put(item(sheet, "10"), rules(0, rule("10.1", null, null, List.of())))
			.status()).isEqualTo(200);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROVINCE", "CITY", "COUNTY", "AGENCY" })
	void bureausAndAgenciesDoNotAnswer(Role role) {
		String sheet = createSheet(XINXIANG, "410725");
		String region = (role == Role.PROVINCE) ? "410000"
				: (role == Role.COUNTY || role == Role.AGENCY) ? "410725" : "410700";
		assertThat(api(token(role, region)).put(item(sheet, "2"), finding(0, "B", List.of())).status()).isEqualTo(403);
	}

	@Test
	void anInspectorOutsideTheRegionDoesNotAnswer() {
		String sheet = createSheet(XINXIANG, "410725");
		assertThat(api(token(Role.INSPECTOR, "420700")).put(item(sheet, "2"), finding(0, "B", List.of())).status())
			.isEqualTo(403);
	}

	@Test
	void aSubmittedPointsSheetIsScoredLockedAndKeptInItsHistory() {
		String sheet = createSheet(EZHOU, "420704");
		TestHttp inspector = api(token(Role.INSPECTOR, "420700"));
		TestHttp expert = api(token(Role.EXPERT, "420700"));
		assertThat(inspector.put(item(sheet, "2"), rules(0, rule("2.7", null, null, List.of()))).status())
			.isEqualTo(200);
		assertThat(inspector.put(item(sheet, "4"), rules(0, rule("4.1.b", 1, null, List.of()))).status())
			.isEqualTo(200);
		assertThat(expert.put(item(sheet, "12"), score(0, "100")).status()).isEqualTo(200);

		Reply incomplete = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.problemType()).isEqualTo("sheet-incomplete");
		assertThat(incomplete.json().path("items").toString()).isEqualTo("[\"13\"]");

		assertThat(expert.put(item(sheet, "13"), score(0, "5")).status()).isEqualTo(200);
		Reply preview = inspector.get("/api/scoring/sheets/" + sheet + "/result");
		assertThat(preview.json().path("total").toString()).isEqualTo("89.5");

		Reply stale = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of("version", 3));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.problemType()).isEqualTo("sheet-changed");

		Reply submitted = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of("version", 4));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("total").toString()).isEqualTo("89.5");
		assertThat(submitted.json().path("outcome").path("label").asString()).isEqualTo("合格");

		JsonNode result = inspector.get("/api/scoring/sheets/" + sheet + "/result").json();
		assertThat(result.path("grade").path("code").asString()).isEqualTo("PASS");
		assertThat(result.path("parts").path(1).path("score").toString()).isEqualTo("14.5");
		assertThat(result.path("trace").findValuesAsString("ref")).contains("2.7", "4.1.b");
		assertThat(result.path("actions").path(0).path("code").asString()).isEqualTo("RECTIFY");

		assertProblem(inspector.put(item(sheet, "5"), rules(0, rule("5.1", null, null, List.of()))), 409,
				"sheet-locked", "5");
		assertThat(inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of()).problemType())
			.isEqualTo("sheet-locked");

		JsonNode history = inspector.get("/api/scoring/sheets/" + sheet + "/history").json();
		assertThat(history.findValuesAsString("action")).containsExactly("CREATED", "ANSWERED", "ANSWERED", "ANSWERED",
				"ANSWERED", "SUBMITTED");
		assertThat(history.path(5).path("detail").asString()).isEqualTo("89.5分 合格");
		assertThat(history.path(1).path("itemId").asString()).isEqualTo("2");
		assertThat(history.path(1).path("answer").path("rules").path(0).path("ruleId").asString()).isEqualTo("2.7");
	}

	@Test
	void aChecklistSubmissionConcludesSuspensionForPremisesUnderSeventySquareMetres() {
		String sheet = createSheet(XINXIANG, "410725");
		answerAll(sheet, Map.of("1", finding(0, "A", List.of(1))));
		Reply submitted = api(this.inspector).post("/api/scoring/sheets/" + sheet + "/submit", null);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("outcome").path("code").asString()).isEqualTo("SUSPEND_PRACTICE");
		JsonNode result = api(this.inspector).get("/api/scoring/sheets/" + sheet + "/result").json();
		assertThat(result.path("conclusion").path("label").asString()).isEqualTo("暂停执业整改");
		assertThat(result.path("findings").path("found").asInt()).isEqualTo(1);
		assertThat(result.path("items").path(0).path("findings").asInt()).isEqualTo(1);
	}

	@Test
	void headerFieldsAreSetWithTheirOwnVersion() {
		String sheet = createSheet(XINXIANG, "410725");
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("agencyName", Map.of("text", "某司法鉴定所（测试）"));
		values.put("qualifications", Map.of("rows",
				List.of(Map.of("certificateNo", "CMA-001", "validity", "2026-12-31", "issuer", "河南省市场监督管理局"))));
		Reply set = api(this.inspector).put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 0, "values", values));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().path("headerVersion").asLong()).isEqualTo(1);
		assertThat(
				set.json().path("header").path("qualifications").path("rows").path(0).path("certificateNo").asString())
			.isEqualTo("CMA-001");
		Reply stale = api(this.inspector).put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 0, "values", Map.of("address", Map.of("text", "x"))));
		assertThat(stale.status()).isEqualTo(409);
		Reply unknown = api(this.inspector).put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 1, "values", Map.of("colour", Map.of("text", "x"))));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").path(0).path("field").asString()).isEqualTo("header.colour");
	}

	@Test
	void anAgencyReadsOnlyItsOwnSubmittedSheets() {
		String agencyId = "agency-" + UUID.randomUUID();
		String draft = createSheet(XINXIANG, "410725", agencyId);
		String submitted = createSheet(XINXIANG, "410725", agencyId);
		answerAll(submitted, Map.of());
		assertThat(api(this.inspector).post("/api/scoring/sheets/" + submitted + "/submit", null).status())
			.isEqualTo(200);

		TestHttp agency = api(ScoringTokens.agency(agencyId, "410725"));
		assertThat(agency.get("/api/scoring/sheets/" + submitted).status()).isEqualTo(200);
		assertThat(agency.get("/api/scoring/sheets/" + submitted + "/result").status()).isEqualTo(200);
		assertThat(agency.get("/api/scoring/sheets/" + draft).status()).isEqualTo(403);
		assertThat(agency.get("/api/scoring/sheets/" + submitted + "/history").status()).isEqualTo(403);
		assertThat(agency.get("/api/scoring/sheets").json().findValuesAsString("id")).containsExactly(submitted);
		assertThat(agency.get("/api/scoring/sheets?agencyId=someone-else").status()).isEqualTo(403);

		TestHttp other = api(ScoringTokens.agency("agency-other", "410725"));
		assertThat(other.get("/api/scoring/sheets/" + submitted).status()).isEqualTo(403);
	}

	@Test
	void bureausReadSheetsWithinTheirRegionOnly() {
		String sheet = createSheet(XINXIANG, "410725");
		assertThat(api(token(Role.PROVINCE, "410000")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(token(Role.COUNTY, "410725")).get("/api/scoring/sheets/" + sheet + "/history").status())
			.isEqualTo(200);
		assertThat(api(token(Role.EXPERT, "410700")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(token(Role.COUNTY, "410783")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(token(Role.PROVINCE, "420000")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(token(Role.INSPECTOR, "420700")).get("/api/scoring/sheets/" + sheet + "/result").status())
			.isEqualTo(403);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets/nope").status()).isEqualTo(404);
	}

	@Test
	void listsAreScopedToTheCallersRegion() {
		String inspection = inspection();
		createSheet(XINXIANG, "410725", "a-list", inspection);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets?inspectionId=" + inspection)
			.json()
			.findValuesAsString("inspectionId")).containsExactly(inspection);
		assertThat(api(token(Role.COUNTY, "410783")).get("/api/scoring/sheets?inspectionId=" + inspection).json())
			.isEmpty();
		assertThat(api(token(Role.COUNTY, "410783")).get("/api/scoring/sheets?region=410700").status()).isEqualTo(403);
	}

	@Test
	void twoInspectorsScoreIndependentlyAndTheReconciliationListsWhereTheyDiffer() {
		String inspection = inspection();
		String alice = token(Role.INSPECTOR, "410700", "alice-" + inspection);
		String bob = token(Role.INSPECTOR, "410700", "bob-" + inspection);
		String aliceSheet = createIndependent(alice, inspection);
		String bobSheet = createIndependent(bob, inspection);
		assertThat(api(alice).post("/api/scoring/sheets", independent(inspection)).status()).isEqualTo(409);

		assertThat(api(alice).put(item(aliceSheet, "1"), finding(0, "A", List.of(2))).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "1"), finding(0, "A", List.of(2))).status()).isEqualTo(200);
		assertThat(api(alice).put(item(aliceSheet, "4"), finding(0, "A", List.of(3))).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "4"), finding(0, "B", List.of())).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "7"), finding(0, "C", List.of())).status()).isEqualTo(200);
		assertThat(api(bob).put(item(aliceSheet, "9"), finding(0, "B", List.of())).status()).isEqualTo(403);

		Reply reply = api(token(Role.CITY, "410700")).get("/api/scoring/inspections/" + inspection + "/reconciliation");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode reconciliation = reply.json();
		assertThat(reconciliation.path("itemsCompared").asInt()).isEqualTo(21);
		assertThat(reconciliation.path("sheets").findValuesAsString("sheetId")).containsExactly(aliceSheet, bobSheet);
		assertThat(reconciliation.path("differences").findValuesAsString("itemId")).containsExactly("4", "7");
		JsonNode item4 = reconciliation.path("differences").path(0).path("answers");
		assertThat(item4.path(0).path("finding").asString()).isEqualTo("A");
		assertThat(item4.path(1).path("finding").asString()).isEqualTo("B");
		assertThat(reconciliation.path("differences").path(1).path("answers").path(0).path("answer").isNull()).isTrue();

		assertThat(api(ScoringTokens.agency("a-ind", "410725"))
			.get("/api/scoring/inspections/" + inspection + "/reconciliation")
			.status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "420700")).get("/api/scoring/inspections/" + inspection + "/reconciliation")
			.status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/inspections/none/reconciliation").status())
			.isEqualTo(404);
	}

	@Test
	void onlyInspectorsAndExpertsKeepIndependentSheets() {
		assertThat(api(token(Role.CITY, "410700")).post("/api/scoring/sheets", independent(inspection())).status())
			.isEqualTo(403);
	}

	private String createIndependent(String bearer, String inspection) {
		Reply reply = api(bearer).post("/api/scoring/sheets", independent(inspection));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("ownerId").asString()).isNotBlank();
		return reply.json().path("id").asString();
	}

	private static Map<String, Object> independent(String inspection) {
		Map<String, Object> body = newSheet(XINXIANG, inspection, "a-ind", "410725");
		body.put("mode", "INDEPENDENT");
		return body;
	}

	private void answerAll(String sheet, Map<String, Map<String, Object>> overrides) {
		for (int i = 1; i <= 21; i++) {
			String itemId = String.valueOf(i);
			Map<String, Object> answer = overrides.getOrDefault(itemId, finding(0, "B", List.of()));
			Reply reply = api(this.inspector).put(item(sheet, itemId), answer);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		}
	}

	private String createSheet(String templateId, String region) {
		return createSheet(templateId, region, "agency-" + UUID.randomUUID());
	}

	private String createSheet(String templateId, String region, String agencyId) {
		return createSheet(templateId, region, agencyId, inspection());
	}

	private String createSheet(String templateId, String region, String agencyId, String inspection) {
		String creator = region.startsWith("42") ? token(Role.INSPECTOR, "420700") : this.inspector;
		Reply reply = api(creator).post("/api/scoring/sheets", newSheet(templateId, inspection, agencyId, region));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().path("id").asString();
	}

	static Map<String, Object> newSheet(String templateId, String inspection, String agencyId, String region) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("templateId", templateId);
		body.put("templateVersion", 1);
		body.put("inspectionId", inspection);
		body.put("agencyId", agencyId);
		body.put("agencyName", "测试鉴定所（虚构）");
		body.put("region", region);
		return body;
	}

	static String inspection() {
		return "insp-" + UUID.randomUUID();
	}

	static String item(String sheet, String itemId) {
		return "/api/scoring/sheets/" + sheet + "/items/" + itemId;
	}

	static Map<String, Object> finding(long version, String finding, List<Integer> subPoints) {
		return Map.of("version", version, "finding", finding, "subPoints", subPoints, "note", "note " + finding);
	}

	static Map<String, Object> rules(long version, Map<String, Object> rule) {
		return Map.of("version", version, "rules", List.of(rule));
	}

	static Map<String, Object> rule(String ruleId, Integer occurrences, String points, List<String> contents) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("ruleId", ruleId);
		if (occurrences != null) {
			rule.put("occurrences", occurrences);
		}
		if (points != null) {
			rule.put("points", new java.math.BigDecimal(points));
		}
		rule.put("contents", contents);
		rule.put("reason", "测试");
		return rule;
	}

	static Map<String, Object> score(long version, String score) {
		return Map.of("version", version, "score", new java.math.BigDecimal(score));
	}

	private static void assertProblem(Reply reply, int status, String type, String item) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.problemType()).isEqualTo(type);
		assertThat(reply.json().path("item").asString()).isEqualTo(item);
	}

	private static List<Integer> runTogether(List<Callable<Integer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (Callable<Integer> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
