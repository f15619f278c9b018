package org.shuangsuiji.scoring.sheet.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.sheet.web.SheetApiTests.item;
import static org.shuangsuiji.scoring.sheet.web.SheetApiTests.rule;
import static org.shuangsuiji.scoring.sheet.web.SheetApiTests.rules;
import static org.shuangsuiji.scoring.sheet.web.SheetApiTests.score;

/**
 * A sheet of the 鄂州 table version 2, where item 10's expert part ④ (此项由专家评分) is its own
 * item {@code 10-4}: the sheet does not submit without the expert's answer to it, and no
 * inspector answers or blanks it.
 */
@ScoringServiceTest
class EzhouExpertPartApiTests {

	private static final List<String> INSPECTORS_ITEMS = List.of("party", "1", "2", "3", "4", "5", "6", "7", "8", "9",
			"10", "11", "14", "15");

	@LocalServerPort
	int port;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@Test
	void aSheetWhoseInspectorsCheckedItemTenDoesNotSubmitWithoutTheExpertsPart() {
		Task task = versionTwoTask();
		String sheet = createSheet(task);
		answerAllButTheExpertPart(task, sheet);

		Reply refused = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("items-unanswered");
		assertThat(refused.json().path("items").toString()).isEqualTo("[\"10-4\"]");

		Reply assessed = api(task.expert()).put(item(sheet, "10-4"), rules(0, rule("10.4", null, "2", List.of())));
		assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
		assertThat(submittedTotal(task, sheet)).isEqualTo("98");
	}

	@Test
	void anExpertSaysTheExpertPartWasAssessedWithNothingToDeduct() {
		Task task = versionTwoTask();
		String sheet = createSheet(task);
		answerAllButTheExpertPart(task, sheet);
		Reply checked = api(task.expert()).put(item(sheet, "10-4"), Map.of("version", 0, "checked", true));
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(submittedTotal(task, sheet)).isEqualTo("100");
	}

	@Test
	void noInspectorAnswersOrBlanksTheExpertPart() {
		Task task = versionTwoTask();
		String sheet = createSheet(task);
		assertExpertOnly(api(task.inspector(0)).put(item(sheet, "10-4"), Map.of("version", 0, "checked", true)));
		assertExpertOnly(api(task.inspector(1)).put(item(sheet, "10-4"), rules(0, rule("10.4", null, "1", List.of()))));
		Reply elsewhere = api(task.inspector(0)).put(item(sheet, "10"), rules(0, rule("10.4", null, "1", List.of())));
		assertThat(elsewhere.status()).as("④ is no longer a rule of item 10").isEqualTo(400);
		assertThat(elsewhere.problemType()).isEqualTo("unknown-rule");

		Map<String, Object> expertPart = rule("10.4", null, "3", List.of());
		assertThat(api(task.expert()).put(item(sheet, "10-4"), rules(0, expertPart)).status()).isEqualTo(200);
		assertExpertOnly(api(task.inspector(0)).put(item(sheet, "10-4"), Map.of("version", 1, "note", "")));
		assertExpertOnly(api(task.inspector(0)).put(item(sheet, "10-4"), Map.of("version", 1, "checked", true)));

		JsonNode kept = api(task.expert()).get("/api/scoring/sheets/" + sheet).json().path("items").path("10-4");
		assertThat(kept.path("version").asLong()).isEqualTo(1);
		assertThat(kept.path("answer").path("rules").path(0).path("points").toString()).isEqualTo("3");
	}

	@Test
	void anInspectorAnswersTheRestOfItemTenWithoutTheExpert() {
		Task task = versionTwoTask();
		String sheet = createSheet(task);
		Reply reply = api(task.inspector(0)).put(item(sheet, "10"), rules(0, rule("10.3.b", null, null, List.of())));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Reply preview = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet + "/result");
		assertThat(preview.json().path("missingItems").toString()).contains("\"10-4\"").doesNotContain("\"10\"");
	}

	private void answerAllButTheExpertPart(Task task, String sheet) {
		for (String itemId : INSPECTORS_ITEMS) {
			Reply reply = api(task.inspector(0)).put(item(sheet, itemId), Map.of("version", 0, "checked", true));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		}
		assertThat(api(task.expert()).put(item(sheet, "12"), score(0, "100")).status()).isEqualTo(200);
		assertThat(api(task.expert()).put(item(sheet, "13"), score(0, "5")).status()).isEqualTo(200);
	}

	private static Task versionTwoTask() {
		return InspectionStub.register("420700", "420704", "ezhou-2025-scoring", 2, 2025);
	}

	/** Submits the sheet as an inspector of the team: 200, and the total it answers. */
	private String submittedTotal(Task task, String sheet) {
		Reply submitted = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return submitted.json().path("total").toString();
	}

	private String createSheet(Task task) {
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("templateVersion").asInt()).isEqualTo(2);
		return reply.json().path("id").asString();
	}

	private static void assertExpertOnly(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.problemType()).isEqualTo("expert-only");
	}

}
