package org.shuangsuiji.scoring.sheet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.EvidenceStub;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.sheet.web.SheetApiTests.item;

/**
 * Answers that name evidence: each id is checked against evidence-service (here
 * {@link EvidenceStub}, a real HTTP server) with the caller's token relayed, before
 * anything is stored; the ids are kept with the answer and sealed with the result.
 */
@ScoringServiceTest
class AnswerEvidenceApiTests {

	@LocalServerPort
	int port;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@Test
	void aTeamMemberAttachesItsTasksEvidenceToAnAnswer() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String gate = EvidenceStub.uploaded(task.taskId());
		String register = EvidenceStub.uploaded(task.taskId());

		String inspector = task.inspector(0);
		Reply reply = api(inspector).put(item(sheet, "2"), answer(0, "A", List.of(register, gate)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().path("answer").path("evidenceIds").toString())
			.isEqualTo("[\"" + register + "\",\"" + gate + "\"]");
		assertThat(EvidenceStub.lastToken(task.taskId())).as("the caller's token, relayed")
			.isEqualTo(inspector.substring("Bearer ".length()));

		JsonNode stored = api(task.expert()).get("/api/scoring/sheets/" + sheet).json().path("items").path("2");
		assertThat(stored.path("answer").path("evidenceIds").toString())
			.isEqualTo("[\"" + register + "\",\"" + gate + "\"]");
		assertThat(stored.path("version").asLong()).isEqualTo(1);
	}

	@Test
	void evidenceOfAnotherInspectionIsRefusedAndNothingIsStored() {
		Task task = InspectionStub.xinxiang("410725");
		Task other = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String ours = EvidenceStub.uploaded(task.taskId());
		String theirs = EvidenceStub.uploaded(other.taskId());

		Reply refused = api(task.inspector(0)).put(item(sheet, "2"), answer(0, "A", List.of(ours, theirs)));
		assertNotOfInspection(refused, theirs);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("item").asString()).isEqualTo("2");
		assertUnanswered(task, sheet, "2");
	}

	@Test
	void withdrawnAndUnknownEvidenceIsRefusedWithEveryIdNamed() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String standing = EvidenceStub.uploaded(task.taskId());
		String withdrawn = EvidenceStub.withdrawn(task.taskId());

		Reply refused = api(task.inspector(0)).put(item(sheet, "2"),
				answer(0, "A", List.of(standing, withdrawn, "ev-no-such")));
		assertNotOfInspection(refused, withdrawn, "ev-no-such");
		assertUnanswered(task, sheet, "2");
	}

	@Test
	void aFailingEvidenceServiceIsUnavailableAndTheSheetStaysAsItWas() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String photo = EvidenceStub.uploaded(task.taskId());
		assertThat(api(task.inspector(0)).put(item(sheet, "2"), answer(0, "B", List.of())).status()).isEqualTo(200);
		JsonNode before = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json();
		EvidenceStub.failing(task.taskId());

		Reply failing = api(task.inspector(0)).put(item(sheet, "2"), answer(1, "A", List.of(photo)));
		assertThat(failing.status()).as(failing.toString()).isEqualTo(503);
		assertThat(failing.contentType()).startsWith("application/problem+json");
		assertThat(failing.problemType()).isEqualTo("evidence-unavailable");

		JsonNode after = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json();
		assertThat(after.path("version")).isEqualTo(before.path("version"));
		assertThat(after.path("items").path("2")).isEqualTo(before.path("items").path("2"));
		assertThat(after.path("items").path("2").path("answer").path("finding").asString()).isEqualTo("B");
	}

	@Test
	void anAnswerWithoutEvidenceNeverAsksEvidenceService() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		EvidenceStub.failing(task.taskId());
		Reply reply = api(task.inspector(0)).put(item(sheet, "2"), answer(0, "B", List.of()));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Reply absent = api(task.inspector(0)).put(item(sheet, "3"), Map.of("version", 0, "finding", "B", "note", "无"));
		assertThat(absent.status()).as(absent.toString()).isEqualTo(200);
		assertThat(absent.json().path("answer").path("evidenceIds").toString()).isEqualTo("[]");
		assertThat(EvidenceStub.calls(task.taskId())).isZero();
	}

	@Test
	void anInspectorOffTheTeamIsRefusedBeforeEvidenceServiceIsAsked() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String photo = EvidenceStub.uploaded(task.taskId());
		Reply refused = api(task.otherInspector()).put(item(sheet, "2"), answer(0, "A", List.of(photo)));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(EvidenceStub.calls(task.taskId())).isZero();
	}

	@Test
	void moreThanTwentyIdsOrAnOverlongOneAreBadInput() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		List<String> many = IntStream.range(0, 21).mapToObj((i) -> "ev-" + i).toList();
		assertThat(api(task.inspector(0)).put(item(sheet, "2"), answer(0, "A", many)).status()).isEqualTo(400);
		assertThat(api(task.inspector(0)).put(item(sheet, "2"), answer(0, "A", List.of("e".repeat(81)))).status())
			.isEqualTo(400);
		assertThat(api(task.inspector(0)).put(item(sheet, "2"), answer(0, "A", List.of(" "))).status()).isEqualTo(400);
		assertThat(EvidenceStub.calls(task.taskId())).isZero();
	}

	@Test
	void theEvidenceOfEachAnswerIsSealedInTheSubmittedResult() {
		Task task = InspectionStub.xinxiang("410725");
		String sheet = createSheet(task);
		String photo = EvidenceStub.uploaded(task.taskId());
		for (int i = 1; i <= 21; i++) {
			List<String> evidence = (i == 2) ? List.of(photo) : List.of();
			Reply reply = api(task.inspector(0)).put(item(sheet, String.valueOf(i)),
					answer(0, (i == 2) ? "A" : "B", evidence));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		}
		Reply submitted = api(task.inspector(0)).post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

		JsonNode items = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet + "/result").json().path("items");
		List<String> withEvidence = new ArrayList<>();
		items.forEach((outcome) -> {
			if (outcome.has("evidenceIds")) {
				withEvidence.add(outcome.path("itemId").asString());
			}
		});
		assertThat(withEvidence).as("only answers that name evidence carry it in the result").containsExactly("2");
		assertThat(items.get(1).path("evidenceIds").toString()).isEqualTo("[\"" + photo + "\"]");
	}

	/**
	 * A 422 {@code evidence-not-of-inspection} naming exactly {@code evidenceIds}, in
	 * order.
	 */
	private static void assertNotOfInspection(Reply refused, String... evidenceIds) {
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("evidence-not-of-inspection");
		assertThat(refused.json().path("evidenceIds").toString())
			.isEqualTo("[\"" + String.join("\",\"", evidenceIds) + "\"]");
	}

	private void assertUnanswered(Task task, String sheet, String itemId) {
		JsonNode read = api(task.inspector(0)).get("/api/scoring/sheets/" + sheet).json();
		assertThat(read.path("items").has(itemId)).as("nothing stored for item " + itemId).isFalse();
		assertThat(read.path("version").asLong()).isZero();
	}

	private String createSheet(Task task) {
		Reply reply = api(task.inspector(0)).post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().path("id").asString();
	}

	private static Map<String, Object> answer(long version, String finding, List<String> evidenceIds) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("version", version);
		answer.put("finding", finding);
		if ("A".equals(finding)) {
			answer.put("subPoints", List.of(1));
		}
		answer.put("evidenceIds", evidenceIds);
		return answer;
	}

}
