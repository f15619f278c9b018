package org.shuangsuiji.scoring.sheet.web;

import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * A sheet submitted while inspection-service (which says who may submit) is failing or
 * hangs up: the submission is refused whole with 503, and the sheet is exactly what it
 * was, a draft with the same version, answers and history; once inspection-service
 * answers again the same submission goes through.
 */
@ScoringServiceTest
class SheetFaultTests {

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Test
	void aSubmissionWhileInspectionServiceIsDownIsRefusedWholeAndTheSheetStaysADraft() {
		Task task = InspectionStub.xinxiang("410725");
		TestHttp inspector = api(task.inspector(0));
		TestHttp city = api(token(Role.CITY, "410700"));
		String sheet = inspector.post("/api/scoring/sheets", Map.of("inspectionId", task.taskId()))
			.json()
			.path("id")
			.asString();
		for (int item = 1; item <= 21; item++) {
			Reply answered = inspector.put(SheetApiTests.item(sheet, String.valueOf(item)),
					SheetApiTests.finding(0, "B", List.of()));
			assertThat(answered.status()).as(answered::toString).isEqualTo(200);
		}
		String sheetBefore = city.get("/api/scoring/sheets/" + sheet).body();
		String historyBefore = city.get("/api/scoring/sheets/" + sheet + "/history").body();

		for (Runnable outage : List.<Runnable>of(task::failing, task::unreachable)) {
			outage.run();
			Reply refused = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of());

			assertThat(refused.status()).as(refused::toString).isEqualTo(503);
			assertThat(refused.problemType()).isEqualTo("inspection-unavailable");
			assertThat(city.get("/api/scoring/sheets/" + sheet).body()).isEqualTo(sheetBefore);
			assertThat(city.get("/api/scoring/sheets/" + sheet + "/history").body()).isEqualTo(historyBefore);
			assertThat(city.get("/api/scoring/sheets/" + sheet).json().path("status").asString()).isEqualTo("DRAFT");
			this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		}

		task.answering();
		Reply submitted = inspector.post("/api/scoring/sheets/" + sheet + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted::toString).isEqualTo(200);
		assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
	}

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

}
