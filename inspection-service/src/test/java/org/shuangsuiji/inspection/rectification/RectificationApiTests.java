package org.shuangsuiji.inspection.rectification;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 整改 over HTTP, as the organiser, the agency and every role that must not get in; an
 * accepted item lands on the agency's record in registry-service (stubbed over HTTP).
 */
@SuppressWarnings("unchecked")
class RectificationApiTests extends ApiTestSupport {

	@Autowired
	private TaskStore tasks;

	private String planId;

	private String taskId;

	@BeforeEach
	void closedInspection() {
		this.planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		this.taskId = OfficialSheets.closedTask(this.tasks, this.planId, "ag-01", "410703").id();
		registryAnswers(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"outcome\":\"ACCEPTED\"}"));
	}

	private static MappingBuilder outcomePut() {
		return put(urlPathMatching("/api/registry/agencies/[^/]+/inspection-rectifications/[^/]+/[^/]+"));
	}

	private static void registryAnswers(ResponseDefinitionBuilder answer) {
		StubServices.registry().stubFor(outcomePut().willReturn(answer));
	}

	private static List<LoggedRequest> outcomesWritten() {
		return StubServices.registry()
			.findAll(putRequestedFor(urlPathMatching("/api/registry/agencies/.*/inspection-rectifications/.*")));
	}

	/** One item R1, answered by the agency, waiting for the bureau. */
	private void answeredItem() {
		body(http(city()).post(uri(""), Map.of("items", List.of(item("F1", "补记鉴定材料移交时间", "2999-12-31")))), 201);
		body(http(own()).post(uri("/R1/response"), Map.of("text", "已补记", "evidenceIds", List.of("ev-1"))), 200);
	}

	private String statusOfR1() {
		return read(body(http(city()).get(uri("")), 200), "$.items[0].status").toString();
	}

	private String uri(String rest) {
		return "/api/inspections/tasks/" + this.taskId + "/rectifications" + rest;
	}

	private static Map<String, Object> item(String ref, String description, String deadline) {
		return Map.of("findingRef", ref, "itemId", "7", "description", description, "deadline", deadline);
	}

	private String own() {
		return agency("ag-01", "410703");
	}

	@Test
	void theOrganiserSetsItemsTheAgencyAnswersAndTheBureauAcceptsOrReturns() {
		String set = body(
				http(city()).post(uri(""),
						Map.of("items",
								List.of(item("F1", "补记鉴定材料移交时间", "2024-07-11"), item("F2", "补齐复核记录", "2999-12-31")))),
				201);
		assertThat((List<String>) read(set, "$.items[*].id")).containsExactly("R1", "R2");
		assertThat((List<String>) read(set, "$.items[*].status")).containsExactly("OPEN", "OPEN");
		// the first deadline lies in the past of the test clock: flagged; the second is
		// not
		assertThat((List<Boolean>) read(set, "$.items[*].overdue")).containsExactly(true, false);
		assertThat((Integer) read(set, "$.overdueItems")).isEqualTo(1);

		body(http(own()).post(uri("/R1/response"), Map.of("text", "已补记", "evidenceIds", List.of("ev-1"))), 200);
		body(http(own()).post(uri("/R1/response"), Map.of("text", "again", "evidenceIds", List.of())), 409);
		body(http(city()).post(uri("/R1/review"), Map.of("accept", false)), 400);
		String returned = body(http(city()).post(uri("/R1/review"), Map.of("accept", false, "comment", "缺少移交签字")), 200);
		assertThat(read(returned, "$.items[0].status").toString()).isEqualTo("RETURNED");
		body(http(own()).post(uri("/R1/response"), Map.of("text", "补签字", "evidenceIds", List.of("ev-2"))), 200);
		body(http(city()).post(uri("/R1/review"), Map.of("accept", true, "comment", "整改到位")), 200);
		body(http(city()).post(uri("/R2/review"), Map.of("accept", true)), 409);
		body(http(own()).post(uri("/R2/response"), Map.of("text", "已补齐", "evidenceIds", List.of())), 200);
		String done = body(http(city()).post(uri("/R2/review"), Map.of("accept", true)), 200);
		assertThat((Boolean) read(done, "$.complete")).isTrue();
		assertThat((Integer) read(done, "$.overdueItems")).isZero();
		assertThat((List<Object>) read(done, "$.items[0].responses")).hasSize(2);

		List<Object> plan = read(
				body(http(city()).get("/api/inspections/plans/" + this.planId + "/rectifications"), 200), "$");
		assertThat(plan).hasSize(1);
		assertThat((List<Object>) read(
				body(http(city()).get("/api/inspections/plans/" + this.planId + "/rectifications?overdue=true"), 200),
				"$"))
			.isEmpty();
	}

	@Test
	void onlyTheOrganiserSetsAndReviewsAndOnlyTheAgencyAnswers() {
		Map<String, Object> items = Map.of("items", List.of(item("F1", "补记", "2999-01-01")));
		for (String outsider : new String[] { own(), as(Role.COUNTY, "410703"), as(Role.PROVINCE, "410000"),
				as(Role.CITY, "420700"), as(Role.INSPECTOR, "410700"), agency("ag-02", "410703") }) {
			body(http(outsider).post(uri(""), items), 403);
		}
		body(http(null).post(uri(""), items), 401);
		body(http(city()).post(uri(""), items), 201);
		Map<String, Object> answer = Map.of("text", "已补记", "evidenceIds", List.of());
		for (String outsider : new String[] { agency("ag-02", "410703"), city(), as(Role.INSPECTOR, "410700") }) {
			body(http(outsider).post(uri("/R1/response"), answer), 403);
		}
		body(http(own()).post(uri("/R1/response"), answer), 200);
		for (String outsider : new String[] { own(), as(Role.COUNTY, "410703"), as(Role.CITY, "420700") }) {
			body(http(outsider).post(uri("/R1/review"), Map.of("accept", true)), 403);
		}
		body(http(own()).get(uri("")), 200);
		body(http(as(Role.COUNTY, "410703")).get(uri("")), 200);
		body(http(agency("ag-02", "410703")).get(uri("")), 403);
		body(http(as(Role.CITY, "420700")).get("/api/inspections/plans/" + this.planId + "/rectifications"), 403);
	}

	@Test
	void badItemsAreNamedAndNothingIsSet() {
		String bad = body(http(city()).post(uri(""),
				Map.of("items", List.of(Map.of("findingRef", "F1"), item("F2", "ok", "2999-01-01")))), 400);
		assertThat(bad).contains("items[0].description", "items[0].deadline");
		body(http(city()).post(uri(""), Map.of("items", List.of())), 400);
		body(http(city()).get(uri("")), 404);
		body(http(own()).post(uri("/R9/response"), Map.of("text", "x", "evidenceIds", List.of())), 404);
	}

	@Test
	void rectificationWaitsForTheClosedInspection() {
		String open = OfficialSheets.task(this.tasks, this.planId, "ag-02", "410703", TaskStatus.FACT_SHEET_SIGNED)
			.id();
		body(http(city()).post("/api/inspections/tasks/" + open + "/rectifications",
				Map.of("items", List.of(item("F1", "补记", "2999-01-01")))), 409);
		body(http(city()).post("/api/inspections/tasks/nope:none/rectifications",
				Map.of("items", List.of(item("F1", "补记", "2999-01-01")))), 404);
	}

	@Test
	void anAcceptedItemLandsOnTheAgencysRecordInTheRegistryWithTheBureausToken() {
		answeredItem();
		body(http(city()).post(uri("/R1/review"), Map.of("accept", false, "comment", "缺少移交签字")), 200);
		assertThat(outcomesWritten()).as("a returned item is not a settled outcome").isEmpty();
		body(http(own()).post(uri("/R1/response"), Map.of("text", "补签字", "evidenceIds", List.of("ev-2"))), 200);

		String accepted = body(http(city()).post(uri("/R1/review"), Map.of("accept", true, "comment", "整改到位")), 200);
		StubServices.registry()
			.verify(1,
					putRequestedFor(urlPathEqualTo("/api/registry/agencies/ag-01/inspection-rectifications/"
							+ this.taskId.replace(":", "%3A") + "/R1"))
						.withHeader("Authorization", matching("Bearer .+")));
		String sent = outcomesWritten().get(0).getBodyAsString();
		assertThat((String) read(sent, "$.planId")).isEqualTo(this.planId);
		assertThat((Map<String, Object>) read(sent, "$.finding")).containsEntry("ref", "F1")
			.containsEntry("templateItemId", "7")
			.containsEntry("text", "补记鉴定材料移交时间");
		assertThat((String) read(sent, "$.deadline")).isEqualTo("2999-12-31");
		assertThat((String) read(sent, "$.outcome")).isEqualTo("ACCEPTED");
		assertThat((String) read(sent, "$.comment")).isEqualTo("整改到位");
		assertThat(java.time.Instant.parse(read(sent, "$.acceptedAt")))
			.isEqualTo(java.time.Instant.parse(read(accepted, "$.items[0].reviews[1].at")));
	}

	@Test
	void whenTheRegistryIsDownTheAcceptanceIsRefusedAndTheItemStaysAnswered() {
		answeredItem();
		registryAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		String refused = body(http(city()).post(uri("/R1/review"), Map.of("accept", true)), 503);
		assertThat(read(refused, "$.type").toString()).endsWith(":registry-unavailable");
		assertThat(statusOfR1()).isEqualTo("RESPONDED");
		assertThat((List<Object>) read(body(http(city()).get(uri("")), 200), "$.items[0].reviews")).isEmpty();

		registryAnswers(aResponse().withStatus(200));
		resetCircuitBreakers();
		body(http(city()).post(uri("/R1/review"), Map.of("accept", true)), 200);
		assertThat(statusOfR1()).isEqualTo("ACCEPTED");
	}

	@Test
	void whenTheRegistryRefusesTheAcceptanceIsRefusedAndTheItemStaysAnswered() {
		answeredItem();
		registryAnswers(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:shuangsuiji:problem:out-of-scope\",\"status\":403}"));
		String refused = body(http(city()).post(uri("/R1/review"), Map.of("accept", true)), 503);
		assertThat(read(refused, "$.detail").toString()).contains("403");
		assertThat(statusOfR1()).isEqualTo("RESPONDED");
		assertThat(outcomesWritten()).as("a refusal is not retried").hasSize(1);
	}

	@Test
	void callersWhoMayNotReviewNeverReachTheRegistry() {
		answeredItem();
		for (String outsider : new String[] { own(), as(Role.COUNTY, "410703"), as(Role.CITY, "420700"),
				as(Role.INSPECTOR, "410700"), agency("ag-02", "410703") }) {
			body(http(outsider).post(uri("/R1/review"), Map.of("accept", true)), 403);
		}
		body(http(null).post(uri("/R1/review"), Map.of("accept", true)), 401);
		assertThat(outcomesWritten()).isEmpty();
		assertThat(statusOfR1()).isEqualTo("RESPONDED");
	}

}
