package org.shuangsuiji.scoring.sheet.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * Score sheets through the API, each bound to its task in inspection-service (here
 * {@link InspectionStub}, a real HTTP server answering the access endpoint): who may do
 * what, optimistic locking per item, explicit answers, expert parts, submission with its
 * result hash, history.
 */
@ScoringServiceTest
class SheetApiTests {

	@LocalServerPort
	int port;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@Test
	void aTeamInspectorCreatesTheOfficialSheetFromTheTaskAlone() {
		Task task = InspectionStub.xinxiang("410725");
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode sheet = reply.json();
		assertThat(reply.location()).isEqualTo("/api/scoring/sheets/" + sheet.path("id").asString());
		assertThat(sheet.path("status").asString()).isEqualTo("DRAFT");
		assertThat(sheet.path("mode").asString()).isEqualTo("OFFICIAL");
		assertThat(sheet.path("agencyId").asString()).isEqualTo(task.agencyId());
		assertThat(sheet.path("agencyName").asString()).isEqualTo(task.agencyName());
		assertThat(sheet.path("region").asString()).isEqualTo("410725");
		assertThat(sheet.path("templateId").asString()).isEqualTo("xinxiang-2024-checklist");
		assertThat(sheet.path("templateVersion").asInt()).isEqualTo(1);
		assertThat(sheet.path("year").asInt()).isEqualTo(2024);
		assertThat(sheet.path("kind").asString()).isEqualTo("CHECKLIST");

		Reply second = api(task.inspector(1)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("sheet-exists");
	}

	@Test
	void fieldsTheClientStillSendsMustAgreeWithTheTask() {
		Task task = InspectionStub.xinxiang("410725");
		Reply wrong = api(task.inspector(0)).post("/api/scoring/sheets",
				newSheet(task, "someone-else", "410783", "xinxiang-2024-checklist"));
		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
		assertThat(wrong.problemType()).isEqualTo("task-mismatch");
		assertThat(wrong.json().path("fields").toString()).isEqualTo("[\"agencyId\",\"region\"]");
		Reply otherTemplate = api(task.inspector(0)).post("/api/scoring/sheets",
				newSheet(task, task.agencyId(), "410725", "ezhou-2025-scoring"));
		assertThat(otherTemplate.problemType()).isEqualTo("task-mismatch");

		Reply agreeing = api(task.inspector(0)).post("/api/scoring/sheets",
				newSheet(task, task.agencyId(), "410725", "xinxiang-2024-checklist"));
		assertThat(agreeing.status()).as(agreeing.toString()).isEqualTo(201);
	}

	@Test
	void onlyTheTeamCreatesSheetsAndNeitherTheOrganiserNorACountyNorTheAgencyNorAnotherInspector() {
		Task task = InspectionStub.xinxiang("410725");
		Map<String, Object> body = Map.of("inspectionId", task.taskId());
		assertThat(api(task.otherInspector()).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "410700")).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(token(Role.PROVINCE, "410000")).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(token(Role.COUNTY, "410725")).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(task.agency()).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(token(Role.INSPECTOR, "420700")).post("/api/scoring/sheets", body).status()).isEqualTo(403);
		assertThat(api(task.expert()).post("/api/scoring/sheets", body).status()).isEqualTo(201);
	}

	@Test
	void theTeamCreatesNothingOnceTheTaskIsPastChecking() {
		Task task = InspectionStub.xinxiang("410725").status("FACT_SHEET_ISSUED");
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anUnknownTaskIsNotFoundAndAFailingInspectionServiceIsUnavailable() {
		Task task = InspectionStub.xinxiang("410725");
		Reply unknown = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", "no-such:task"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("task-not-found");

		String sheet = createSheet(task);
		InspectionStub.failing(task.taskId());
		Reply failing = api(task.inspector(0)).put(item(sheet, "2"), finding(0, "B", List.of()));
		assertThat(failing.status()).isEqualTo(503);
		assertThat(failing.problemType()).isEqualTo("inspection-unavailable");
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets/" + sheet).status())
			.as("a bureau reads by region, without asking inspection-service")
			.isEqualTo(200);
	}

	@Test
	void aTemplateOfAnotherCityDoesNotScoreThisAgency() {
		Task task = InspectionStub.register("410700", "410725", "ezhou-2025-scoring", 1, 2025);
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problemType()).isEqualTo("template-not-for-region");
	}

	@Test
	void aBadCreateRequestNamesTheField() {
		Task task = InspectionStub.xinxiang("410725");
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets",
				Map.of("inspectionId", task.taskId(), "region", "4107"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("errors").path(0).path("field").asString()).isEqualTo("region");
		assertThat(api(task.inspector(0)).post("/api/scoring/sheets", Map.of("mode", "OFFICIAL")).status())
			.isEqualTo(400);
		Task unknownVersion = InspectionStub.register("410700", "410725", "xinxiang-2024-checklist", 99, 2024);
		assertThat(api(unknownVersion.inspector(0))
			.post("/api/scoring/sheets", Map.of("inspectionId", unknownVersion.taskId()))
			.status()).isEqualTo(404);
	}

	@Test
	void anInspectorOffTheTeamCannotCreateASheetEvenWithAnInvalidBody() {
		Task task = InspectionStub.xinxiang("410725");
		Map<String, Object> invalid = Map.of("inspectionId", task.taskId(), "year", 1);
		for (String outsider : List.of(task.otherInspector(), task.agency(), token(Role.CITY, "410700"))) {
			Reply refused = api(outsider).post("/api/scoring/sheets", invalid);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		Reply admitted = api(task.inspector(0)).post("/api/scoring/sheets", invalid);
		assertThat(admitted.status()).as(admitted.toString()).isEqualTo(400);
		assertThat(admitted.problemType()).isEqualTo("validation");
		assertThat(admitted.json().path("errors").path(0).path("field").asString()).isEqualTo("year");
	}

	@Test
	void anInspectorOffTheTeamCannotAnswerOrSetTheHeaderEvenWithAnInvalidBody() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		for (String outsider : List.of(task.otherInspector(), task.agency(), token(Role.COUNTY, "410725"))) {
			assertThat(api(outsider).put(item(sheet, "2"), Map.of()).status()).isEqualTo(403);
			assertThat(api(outsider).put("/api/scoring/sheets/" + sheet + "/header", Map.of()).status()).isEqualTo(403);
		}
		Reply answer = api(task.inspector(0)).put(item(sheet, "2"), Map.of());
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemType()).isEqualTo("validation");
		Reply header = api(task.inspector(0)).put("/api/scoring/sheets/" + sheet + "/header", Map.of());
		assertThat(header.status()).as(header.toString()).isEqualTo(400);
		assertThat(header.problemType()).isEqualTo("validation");
	}

	@Test
	void creatingAnsweringAndSettingTheHeaderEachAskInspectionServiceOnce() {
		Task task = InspectionStub.xinxiang("410725");
		TestHttp inspector = api(task.inspector(0));

		int before = task.calls().size();
		Reply created = inspector.post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(task.calls().size() - before).as("create").isEqualTo(1);

		String sheet = created.json().path("id").asString();
		before = task.calls().size();
		Reply answered = inspector.put(item(sheet, "4"), finding(0, "A", List.of(2)));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		assertThat(task.calls().size() - before).as("answer").isEqualTo(1);

		before = task.calls().size();
		Reply header = inspector.put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 0, "values", Map.of("agencyName", Map.of("text", "某司法鉴定所（测试）"))));
		assertThat(header.status()).as(header.toString()).isEqualTo(200);
		assertThat(task.calls().size() - before).as("header").isEqualTo(1);
	}

	@Test
	void answersAreVersionedPerItemAndAStaleVersionIsAConflictNamingTheItem() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		Reply first = api(task.inspector(0)).put(item(sheet, "4"), finding(0, "A", List.of(2)));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("version").asLong()).isEqualTo(1);
		assertThat(first.json().path("answeredBy").asString()).startsWith("insp-a-");

		Reply stale = api(task.inspector(1)).put(item(sheet, "4"), finding(0, "B", List.of()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.problemType()).isEqualTo("answer-conflict");
		assertThat(stale.json().path("item").asString()).isEqualTo("4");
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);

		Reply change = api(task.inspector(1)).put(item(sheet, "4"), finding(1, "B", List.of()));
		assertThat(change.status()).isEqualTo(200);
		assertThat(change.json().path("version").asLong()).isEqualTo(2);
		JsonNode stored = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").path("4").path("answer").path("finding").asString()).isEqualTo("B");
	}

	@Test
	void teamMembersAnsweringDifferentItemsAtOnceLoseNothing() throws Exception {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		List<Callable<Integer>> answers = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			String itemId = String.valueOf(i);
			String bearer = (i % 3 == 0) ? task.expert() : task.inspector(i % 2);
			answers.add(() -> api(bearer).put(item(sheet, itemId), finding(0, "B", List.of())).status());
		}
		assertThat(runTogether(answers)).containsOnly(200);
		JsonNode stored = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").size()).isEqualTo(21);
		assertThat(stored.path("version").asLong()).isEqualTo(21);
	}

	@Test
	void twoTeamMembersAnsweringTheSameAndDifferentItemsAtOnceGetOneWinnerPerItemAndLoseNothing() throws Exception {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String alice = task.inspector(0);
		String bob = task.inspector(1);
		List<Callable<Integer>> answers = List.of(
				() -> api(alice).put(item(sheet, "6"), finding(0, "A", List.of(1))).status(),
				() -> api(bob).put(item(sheet, "6"), finding(0, "B", List.of())).status(),
				() -> api(alice).put(item(sheet, "7"), finding(0, "B", List.of())).status(),
				() -> api(bob).put(item(sheet, "8"), finding(0, "C", List.of())).status());
		List<Integer> statuses = runTogether(answers);
		assertThat(statuses.subList(0, 2)).containsExactlyInAnyOrder(200, 409);
		assertThat(statuses.subList(2, 4)).containsOnly(200);

		JsonNode stored = api(alice).get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").path("6").path("version").asLong()).isEqualTo(1);
		assertThat(stored.path("items").path("7").path("answer").path("finding").asString()).isEqualTo("B");
		assertThat(stored.path("items").path("8").path("answer").path("finding").asString()).isEqualTo("C");
		String winner = stored.path("items").path("6").path("answer").path("finding").asString();
		String loser = (winner.equals("A")) ? bob : alice;
		Reply again = api(loser).put(item(sheet, "6"), finding(0, "B", List.of()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("currentVersion").asLong()).isEqualTo(1);
		JsonNode history = api(alice).get("/api/scoring/sheets/" + sheet + "/history").json();
		assertThat(history.findValuesAsString("action")).containsExactly("CREATED", "ANSWERED", "ANSWERED", "ANSWERED");
	}

	@Test
	void badAnswersAreRefusedNamingTheItem() {
		Task task = InspectionStub.ezhou("420704");
		String sheet = createSheet(task);
		TestHttp inspector = api(task.inspector(0));
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
		assertProblem(api(task.expert()).put(item(sheet, "13"), score(0, "7")), 400, "invalid-answer", "13");
		assertProblem(api(task.expert()).put(item(sheet, "13"), Map.of("version", 0, "checked", true)), 400,
				"invalid-answer", "13");
		Reply typo = inspector.put(item(sheet, "4"),
				Map.of("version", 0, "rules", List.of(Map.of("ruleId", "4.1.b", "occurences", 2))));
		assertThat(typo.status()).isEqualTo(400);
		JsonNode stored = inspector.get("/api/scoring/sheets/" + sheet).json();
		assertThat(stored.path("items").size()).isZero();
		assertThat(stored.path("version").asLong()).isZero();
	}

	@Test
	void onlyAnExpertAnswersTheExpertScoredItems() {
		Task task = InspectionStub.ezhou("420704");
		String sheet = createSheet(task);
		assertProblem(api(task.inspector(0)).put(item(sheet, "13"), score(0, "4.5")), 403, "expert-only", "13");
		assertProblem(api(task.inspector(0)).put(item(sheet, "12"), Map.of("version", 0, "note", "看过")), 403,
				"expert-only", "12");
		assertProblem(api(task.inspector(0)).put(item(sheet, "10"), rules(0, rule("10.4", null, "2", List.of()))), 403,
				"expert-only", "10");
		assertThat(api(task.expert()).put(item(sheet, "13"), score(0, "4.5")).status()).isEqualTo(200);
		assertThat(
				api(task.inspector(0)).put(item(sheet, "10"), rules(0, rule("10.1", null, null, List.of()))).status())
			.isEqualTo(200);
	}

	@Test
	void anInspectorSavingAnItemWithAnExpertPartKeepsTheExpertsAnswer() {
		Task task = InspectionStub.ezhou("420704");
		String sheet = createSheet(task);
		Map<String, Object> expertPart = rule("10.4", null, "2", List.of());
		assertThat(api(task.expert()).put(item(sheet, "10"), rules(0, expertPart)).status()).isEqualTo(200);

		Reply inspector = api(task.inspector(0)).put(item(sheet, "10"),
				Map.of("version", 1, "rules", List.of(rule("10.1", null, null, List.of()))));
		assertThat(inspector.status()).as(inspector.toString()).isEqualTo(200);
		JsonNode answer = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json().path("items").path("10");
		assertThat(answer.path("answer").path("rules").findValuesAsString("ruleId")).containsExactly("10.1", "10.4");
		assertThat(answer.path("answer").path("rules").path(1).path("points").toString()).isEqualTo("2");

		Reply asRead = api(task.inspector(1)).put(item(sheet, "10"), Map.of("version", 2, "checked", true, "rules",
				List.of(rule("10.3.a", null, null, List.of()), expertPart)));
		assertThat(asRead.status()).as("the item sent back as read, expert part unchanged").isEqualTo(200);
		Reply changed = api(task.inspector(1)).put(item(sheet, "10"),
				Map.of("version", 3, "rules", List.of(rule("10.4", null, "1", List.of()))));
		assertProblem(changed, 403, "expert-only", "10");
		Reply emptied = api(task.inspector(1)).put(item(sheet, "10"), Map.of("version", 3, "checked", true));
		assertThat(emptied.status()).isEqualTo(200);
		JsonNode kept = api(task.expert()).get("/api/scoring/sheets/" + sheet).json().path("items").path("10");
		assertThat(kept.path("answer").path("rules").findValuesAsString("ruleId")).containsExactly("10.4");
		assertThat(kept.path("answer").path("checked").asBoolean()).isTrue();
	}

	@Test
	void neitherBureausNorTheAgencyNorAnotherInspectorAnswerAndNobodyOnceTheTaskMovedOn() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		for (String bearer : List.of(token(Role.CITY, "410700"), token(Role.PROVINCE, "410000"),
				token(Role.COUNTY, "410725"), task.agency(), task.otherInspector())) {
			Reply reply = api(bearer).put(item(sheet, "2"), finding(0, "B", List.of()));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
			Reply header = api(bearer).put("/api/scoring/sheets/" + sheet + "/header",
					Map.of("version", 0, "values", Map.of("address", Map.of("text", "x"))));
			assertThat(header.status()).isEqualTo(403);
			assertThat(api(bearer).post("/api/scoring/sheets/" + sheet + "/submit", Map.of()).status()).isEqualTo(403);
		}
		task.status("FACT_SHEET_ISSUED");
		assertThat(api(task.inspector(0)).put(item(sheet, "2"), finding(0, "B", List.of())).status()).isEqualTo(403);
		assertThat(api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).status())
			.as("still on the team: still reads")
			.isEqualTo(200);
	}

	@Test
	void aPointsSheetWithOnlyTheExpertItemsAnsweredIsNotSubmittedAsFullMarks() {
		Task task = InspectionStub.ezhou("420704");
		String sheet = createSheet(task);
		assertThat(api(task.expert()).put(item(sheet, "12"), score(0, "100")).status()).isEqualTo(200);
		assertThat(api(task.expert()).put(item(sheet, "13"), score(0, "5")).status()).isEqualTo(200);
		Reply preview = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet + "/result");
		assertThat(preview.json().path("complete").asBoolean()).isFalse();
		assertThat(preview.json().path("missingItems")).hasSize(14);

		Reply refused = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("items-unanswered");
		assertThat(refused.json().path("items").toString())
			.isEqualTo("[\"party\",\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"14\",\"15\"]");

		assertThat(api(task.inspector(0)).put(item(sheet, "1"), Map.of("version", 0, "note", "未填")).status())
			.isEqualTo(200);
		Reply stillRefused = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(stillRefused.json().path("items").toString()).as("touched without saying checked is not checked")
			.contains("\"1\"");
	}

	@Test
	void aSubmittedPointsSheetIsScoredLockedHashedAndKeptInItsHistory() throws Exception {
		Task task = InspectionStub.ezhou("420704");
		String sheet = createSheet(task);
		TestHttp inspector = api(task.inspector(0));
		TestHttp expert = api(task.expert());
		assertThat(inspector.put(item(sheet, "2"), rules(0, rule("2.7", null, null, List.of()))).status())
			.isEqualTo(200);
		assertThat(inspector.put(item(sheet, "4"), rules(0, rule("4.1.b", 1, null, List.of()))).status())
			.isEqualTo(200);
		assertThat(expert.put(item(sheet, "12"), score(0, "100")).status()).isEqualTo(200);
		for (String itemId : List.of("party", "1", "3", "5", "6", "7", "8", "9", "10", "11", "14", "15")) {
			assertThat(inspector.put(item(sheet, itemId), Map.of("version", 0, "checked", true)).status())
				.isEqualTo(200);
		}

		Reply incomplete = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.problemType()).isEqualTo("items-unanswered");
		assertThat(incomplete.json().path("items").toString()).isEqualTo("[\"13\"]");

		assertThat(expert.put(item(sheet, "13"), score(0, "5")).status()).isEqualTo(200);
		Reply preview = inspector.get("/api/scoring/sheets/" + sheet + "/result");
		assertThat(preview.json().path("total").toString()).isEqualTo("89.5");
		assertThat(preview.json().path("complete").asBoolean()).isTrue();

		Reply stale = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of("version", 3));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.problemType()).isEqualTo("sheet-changed");

		Reply submitted = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of("version", 16));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("total").toString()).isEqualTo("89.5");
		assertThat(submitted.json().path("outcome").path("label").asString()).isEqualTo("合格");
		String hash = submitted.json().path("resultHash").asString();
		assertThat(hash).matches("[0-9a-f]{64}");

		Reply result = inspector.get("/api/scoring/sheets/" + sheet + "/result");
		assertThat(hash).as("SHA-256 of the result's canonical JSON").isEqualTo(sha256(canonical(result.body())));
		assertThat(result.json().path("grade").path("code").asString()).isEqualTo("PASS");
		assertThat(result.json().path("parts").path(1).path("score").toString()).isEqualTo("14.5");
		assertThat(result.json().path("trace").findValuesAsString("ref")).contains("2.7", "4.1.b");
		assertThat(result.json().path("actions").path(0).path("code").asString()).isEqualTo("RECTIFY");
		assertThat(result.json().path("provincialReview").asBoolean()).isFalse();
		assertThat(api(token(Role.CITY, "420700")).get("/api/scoring/sheets?inspectionId=" + task.taskId())
			.json()
			.path(0)
			.path("resultHash")
			.asString()).isEqualTo(hash);

		assertProblem(inspector.put(item(sheet, "5"), rules(1, rule("5.1", null, null, List.of()))), 409,
				"sheet-locked", "5");
		assertThat(inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of()).problemType())
			.isEqualTo("sheet-locked");

		JsonNode history = inspector.get("/api/scoring/sheets/" + sheet + "/history").json();
		assertThat(history.size()).isEqualTo(18);
		assertThat(history.path(17).path("action").asString()).isEqualTo("SUBMITTED");
		assertThat(history.path(17).path("detail").asString()).isEqualTo("89.5分 合格");
		assertThat(history.path(1).path("itemId").asString()).isEqualTo("2");
		assertThat(history.path(1).path("answer").path("rules").path(0).path("ruleId").asString()).isEqualTo("2.7");
	}

	@Test
	void aChecklistSubmissionConcludesSuspensionForPremisesUnderSeventySquareMetres() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		answerAll(task, sheet, Map.of("1", finding(0, "A", List.of(1))));
		Reply submitted = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", null);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("outcome").path("code").asString()).isEqualTo("SUSPEND_PRACTICE");
		JsonNode result = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet + "/result").json();
		assertThat(result.path("conclusion").path("label").asString()).isEqualTo("暂停执业整改");
		assertThat(result.path("findings").path("found").asInt()).isEqualTo(1);
		assertThat(result.path("items").path(0).path("findings").asInt()).isEqualTo(1);
	}

	@Test
	void aFalsificationFindingOnTheSecondXinxiangVersionIsReferredAndSentToTheProvince() {
		Task task = InspectionStub.register("410700", "410725", "xinxiang-2024-checklist", 2, 2024);
		String sheet = createSheet(task);
		answerAll(task, sheet, Map.of("16", finding(0, "A", List.of(2))));
		Reply submitted = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", null);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("outcome").path("code").asString()).isEqualTo("REFER_FOR_INVESTIGATION");
		JsonNode result = api(token(Role.CITY, "410700")).get("/api/scoring/sheets/" + sheet + "/result").json();
		assertThat(result.path("actions").findValuesAsString("code")).containsExactly("REFER_FOR_INVESTIGATION",
				"RECTIFY");
		assertThat(result.path("provincialReview").asBoolean()).isTrue();
		assertThat(result.path("provincialReviewReasons").path(0).asString())
			.isEqualTo("建议移送查处（研判违法违规行为，作出行政处理或处罚意见）（第16项）");
	}

	@Test
	void aChecklistWithAnItemLeftOpenIsNotSubmitted() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		for (int i = 1; i <= 20; i++) {
			assertThat(api(task.inspector(0)).put(item(sheet, String.valueOf(i)), finding(0, "B", List.of())).status())
				.isEqualTo(200);
		}
		Reply refused = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", null);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("items-unanswered");
		assertThat(refused.json().path("items").toString()).isEqualTo("[\"21\"]");
		assertProblem(api(task.inspector(0)).put(item(sheet, "21"), Map.of("version", 0, "checked", true)), 400,
				"invalid-answer", "21");
	}

	@Test
	void headerFieldsAreSetWithTheirOwnVersion() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("agencyName", Map.of("text", "某司法鉴定所（测试）"));
		values.put("qualifications", Map.of("rows",
				List.of(Map.of("certificateNo", "CMA-001", "validity", "2026-12-31", "issuer", "河南省市场监督管理局"))));
		TestHttp inspector = api(task.inspector(0));
		Reply set = inspector.put("/api/scoring/sheets/" + sheet + "/header", Map.of("version", 0, "values", values));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().path("headerVersion").asLong()).isEqualTo(1);
		assertThat(
				set.json().path("header").path("qualifications").path("rows").path(0).path("certificateNo").asString())
			.isEqualTo("CMA-001");
		Reply stale = inspector.put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 0, "values", Map.of("address", Map.of("text", "x"))));
		assertThat(stale.status()).isEqualTo(409);
		Reply unknown = inspector.put("/api/scoring/sheets/" + sheet + "/header",
				Map.of("version", 1, "values", Map.of("colour", Map.of("text", "x"))));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").path(0).path("field").asString()).isEqualTo("header.colour");
	}

	@Test
	void whoIsOffTheTeamIsRefusedASubmittedSheetWithoutLearningItIsSubmitted() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		answerAll(task, sheet, Map.of());
		assertThat(api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", null).status())
			.isEqualTo(200);
		for (String outsider : List.of(task.otherInspector(), task.agency(), token(Role.CITY, "420700"),
				token(Role.CITY, "410700"))) {
			Reply refused = api(outsider).post("/api/scoring/sheets/" + sheet + "/submit", null);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		Reply again = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("sheet-locked");
	}

	@Test
	void anInspectionWithoutIndependentSheetsIsNotFoundOnlyForThoseWhoMayReadItsReconciliation() {
		Task task = InspectionStub.xinxiang("410725");
		String path = "/api/scoring/inspections/" + task.taskId() + "/reconciliation";
		for (String reader : List.of(task.inspector(0), token(Role.CITY, "410700"), token(Role.COUNTY, "410725"))) {
			Reply reply = api(reader).get(path);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
			assertThat(reply.problemType()).isEqualTo("no-independent-sheets");
		}
		for (String outsider : List.of(task.otherInspector(), task.agency(), token(Role.CITY, "420700"))) {
			assertThat(api(outsider).get(path).status()).as(outsider).isEqualTo(403);
		}
	}

	@Test
	void anAgencyReadsOnlyItsOwnSubmittedSheets() {
		Task task = InspectionStub.xinxiang("410725");
		String submitted = createSheet(task);
		answerAll(task, submitted, Map.of());
		assertThat(api(task.inspector(0)).post("/api/scoring/sheets/" + submitted + "/submit", null).status())
			.isEqualTo(200);
		Task draftTask = InspectionStub.xinxiang("410725");
		String draft = createSheet(draftTask);

		TestHttp agency = api(task.agency());
		assertThat(agency.get("/api/scoring/sheets/" + submitted).status()).isEqualTo(200);
		assertThat(agency.get("/api/scoring/sheets/" + submitted + "/result").status()).isEqualTo(200);
		assertThat(agency.get("/api/scoring/sheets/" + submitted + "/history").status()).isEqualTo(403);
		assertThat(agency.get("/api/scoring/sheets").json().findValuesAsString("id")).containsExactly(submitted);
		assertThat(agency.get("/api/scoring/sheets?agencyId=someone-else").status()).isEqualTo(403);
		assertThat(api(draftTask.agency()).get("/api/scoring/sheets/" + draft).status()).isEqualTo(403);
		assertThat(api(draftTask.agency()).get("/api/scoring/sheets/" + submitted).status()).isEqualTo(403);
	}

	@Test
	void anAgencyAccountLinkedToNoAgencyListsNothing() {
		Task task = InspectionStub.xinxiang("410725");
		String submitted = createSheet(task);
		answerAll(task, submitted, Map.of());
		assertThat(api(task.inspector(0)).post("/api/scoring/sheets/" + submitted + "/submit", null).status())
			.isEqualTo(200);
		// the token validator refuses an agency account without agency_id
		// (platform-security)
		TestHttp unlinked = api(TestJwts.as(Role.AGENCY).region("410725").subject("agency-unlinked").bearer());
		assertThat(unlinked.get("/api/scoring/sheets").status()).as("fails closed, not nationwide").isEqualTo(401);
		assertThat(unlinked.get("/api/scoring/sheets/" + submitted).status()).isEqualTo(401);
	}

	@Test
	void bureausReadWithinTheirRegionAndInspectorsAndExpertsOnlyTheirTeamsSheets() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		assertThat(api(token(Role.PROVINCE, "410000")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(token(Role.COUNTY, "410725")).get("/api/scoring/sheets/" + sheet + "/history").status())
			.isEqualTo(200);
		assertThat(api(task.expert()).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(200);
		assertThat(api(task.inspector(1)).get("/api/scoring/sheets/" + sheet + "/history").status()).isEqualTo(200);
		assertThat(api(token(Role.COUNTY, "410783")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(token(Role.PROVINCE, "420000")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(task.otherInspector()).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(task.otherInspector()).get("/api/scoring/sheets/" + sheet + "/result").status()).isEqualTo(403);
		assertThat(api(task.otherInspector()).get("/api/scoring/sheets/" + sheet + "/history").status()).isEqualTo(403);
		assertThat(api(token(Role.INSPECTOR, "420700")).get("/api/scoring/sheets/" + sheet).status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/sheets/nope").status()).isEqualTo(404);
	}

	@Test
	void listsAreScopedToTheBureausRegionOrToATaskTheInspectorIsOn() {
		Task task = InspectionStub.xinxiang("410725");
		createSheet(task);
		String byTask = "/api/scoring/sheets?inspectionId=" + task.taskId();
		assertThat(api(token(Role.CITY, "410700")).get(byTask).json().findValuesAsString("inspectionId"))
			.containsExactly(task.taskId());
		assertThat(api(token(Role.COUNTY, "410783")).get(byTask).json()).isEmpty();
		assertThat(api(token(Role.COUNTY, "410783")).get("/api/scoring/sheets?region=410700").status()).isEqualTo(403);

		assertThat(api(task.inspector(1)).get(byTask).json().findValuesAsString("inspectionId"))
			.containsExactly(task.taskId());
		assertThat(api(task.otherInspector()).get(byTask).status()).isEqualTo(403);
		Reply withoutTask = api(task.inspector(1)).get("/api/scoring/sheets");
		assertThat(withoutTask.status()).isEqualTo(400);
		assertThat(withoutTask.problemType()).isEqualTo("inspection-id-required");
	}

	@Test
	void twoInspectorsScoreIndependentlyAndTheReconciliationListsWhereTheyDiffer() {
		Task task = InspectionStub.xinxiang("410725");
		String alice = task.inspector(0);
		String bob = task.inspector(1);
		String aliceSheet = createIndependent(alice, task);
		String bobSheet = createIndependent(bob, task);
		assertThat(api(alice).post("/api/scoring/sheets", independent(task)).status()).isEqualTo(409);
		assertThat(api(task.otherInspector()).post("/api/scoring/sheets", independent(task)).status()).isEqualTo(403);

		assertThat(api(alice).put(item(aliceSheet, "1"), finding(0, "A", List.of(2))).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "1"), finding(0, "A", List.of(2))).status()).isEqualTo(200);
		assertThat(api(alice).put(item(aliceSheet, "4"), finding(0, "A", List.of(3))).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "4"), finding(0, "B", List.of())).status()).isEqualTo(200);
		assertThat(api(bob).put(item(bobSheet, "7"), finding(0, "C", List.of())).status()).isEqualTo(200);
		assertThat(api(bob).put(item(aliceSheet, "9"), finding(0, "B", List.of())).status()).isEqualTo(403);

		String path = "/api/scoring/inspections/" + task.taskId() + "/reconciliation";
		Reply reply = api(token(Role.CITY, "410700")).get(path);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode reconciliation = reply.json();
		assertThat(reconciliation.path("itemsCompared").asInt()).isEqualTo(21);
		assertThat(reconciliation.path("sheets").findValuesAsString("sheetId")).containsExactly(aliceSheet, bobSheet);
		assertThat(reconciliation.path("differences").findValuesAsString("itemId")).containsExactly("4", "7");
		JsonNode item4 = reconciliation.path("differences").path(0).path("answers");
		assertThat(item4.path(0).path("finding").asString()).isEqualTo("A");
		assertThat(item4.path(1).path("finding").asString()).isEqualTo("B");
		assertThat(reconciliation.path("differences").path(1).path("answers").path(0).path("answer").isNull()).isTrue();

		assertThat(api(task.expert()).get(path).status()).isEqualTo(200);
		assertThat(api(task.otherInspector()).get(path).status()).isEqualTo(403);
		assertThat(api(task.agency()).get(path).status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "420700")).get(path).status()).isEqualTo(403);
		assertThat(api(token(Role.CITY, "410700")).get("/api/scoring/inspections/none/reconciliation").status())
			.isEqualTo(404);
	}

	@Test
	void onlyInspectorsAndExpertsKeepIndependentSheets() {
		Task task = InspectionStub.xinxiang("410725");
		assertThat(api(token(Role.CITY, "410700")).post("/api/scoring/sheets", independent(task)).status())
			.isEqualTo(403);
	}

	private String createIndependent(String bearer, Task task) {
		Reply reply = api(bearer).post("/api/scoring/sheets", independent(task));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("ownerId").asString()).isNotBlank();
		return reply.json().path("id").asString();
	}

	private static Map<String, Object> independent(Task task) {
		return Map.of("inspectionId", task.taskId(), "mode", "INDEPENDENT");
	}

	private void answerAll(Task task, String sheet, Map<String, Map<String, Object>> overrides) {
		for (int i = 1; i <= 21; i++) {
			String itemId = String.valueOf(i);
			Map<String, Object> answer = overrides.getOrDefault(itemId, finding(0, "B", List.of()));
			Reply reply = api(task.inspector(0)).put(item(sheet, itemId), answer);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		}
	}

	private String createSheet(Task task) {
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().path("id").asString();
	}

	static Map<String, Object> newSheet(Task task, String agencyId, String region, String templateId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("templateId", templateId);
		body.put("templateVersion", 1);
		body.put("inspectionId", task.taskId());
		body.put("agencyId", agencyId);
		body.put("region", region);
		return body;
	}

	/**
	 * The canonical JSON of ADR 0404's result hash, written independently of the service.
	 */
	private static String canonical(String json) {
		StringBuilder out = new StringBuilder();
		write(TestHttp.JSON.readTree(json), out);
		return out.toString();
	}

	private static void write(JsonNode node, StringBuilder out) {
		if (node.isObject()) {
			List<String> names = new ArrayList<>(node.propertyNames());
			names.sort(null);
			out.append('{');
			for (int i = 0; i < names.size(); i++) {
				out.append((i > 0) ? "," : "").append(TestHttp.JSON.writeValueAsString(names.get(i))).append(':');
				write(node.get(names.get(i)), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				out.append((i > 0) ? "," : "");
				write(node.get(i), out);
			}
			out.append(']');
		}
		else if (node.isNumber()) {
			out.append(new BigDecimal(node.asString()).stripTrailingZeros().toPlainString());
		}
		else {
			out.append(TestHttp.JSON.writeValueAsString(node));
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
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
