package org.shuangsuiji.registry.inspection.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.registry.inspection.persistence.InspectionRectificationDocument;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settled outcome of an inspection's rectification item on the agency's record: as
 * the bureau organising the inspection (inspection-service, here its stub, says who that
 * is), and as every caller that must not write it.
 */
@ServiceTest
class InspectionRectificationApiTests extends RegistryTestBase {

	private static final String CITY = Tokens.xinxiangCity();

	private static final String TASK = "plan-xx-2024:ag-hongqi";

	private static final String PROVINCE = Tokens.henanProvince();

	private static final String HONGQI_COUNTY = TestJwts.as(Role.COUNTY)
		.region("410702")
		.subject("hq-county-1")
		.name("红旗区局")
		.bearer();

	private String hongqi;

	private String echeng;

	@BeforeEach
	void anAgencyInEachCity() {
		this.hongqi = register(Bodies.agency("红旗测试所", "410702", 31, "法医临床"));
		this.echeng = register(Bodies.agency("鄂城测试所", "420704", 32, "法医临床"));
		// as inspection-service answers: the city and the province above it organise, the
		// agency's county only covers it
		InspectionStub.task(TASK, this.hongqi, "410702", null)
			.organiser(CITY)
			.organiser(PROVINCE)
			.countyBureau(HONGQI_COUNTY);
	}

	private String uri(String agencyId, String itemId) {
		return "/api/registry/agencies/" + agencyId + "/inspection-rectifications/" + TASK + "/" + itemId;
	}

	private static Map<String, Object> accepted(String comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("planId", "plan-xx-2024");
		body.put("finding", Map.of("ref", "F1", "templateItemId", "7", "text", "补记鉴定材料移交时间"));
		body.put("deadline", "2024-07-11");
		body.put("outcome", "ACCEPTED");
		body.put("acceptedAt", "2024-07-05T02:30:00.123456Z");
		body.put("comment", comment);
		return body;
	}

	private static Map<String, Object> without(Map<String, Object> body, String key) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.remove(key);
		return copy;
	}

	private JsonNode history(String agencyId) {
		return this.api.as(CITY).get("/api/registry/agencies/" + agencyId + "/history").json();
	}

	private static void assertProblem(Reply response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:shuangsuiji:problem:" + type);
	}

	private static List<String> fields(Reply response) {
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void theCityRecordsTheAcceptedOutcomeOnceWhateverTheRetries() {
		Reply first = this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		JsonNode entry = first.json();
		assertThat(entry.get("taskId").asString()).isEqualTo(TASK);
		assertThat(entry.get("itemId").asString()).isEqualTo("R1");
		assertThat(entry.get("finding").get("templateItemId").asString()).isEqualTo("7");
		assertThat(entry.get("outcome").asString()).isEqualTo("ACCEPTED");
		assertThat(entry.get("acceptedByName").asString()).isEqualTo("新乡王");
		assertThat(entry.get("acceptedAt").asString()).isEqualTo("2024-07-05T02:30:00.123Z");

		// inspection-service's client sends the task id's colon percent-encoded: the same
		// item
		Reply again = this.api.as(CITY).put(uri(this.hongqi, "R1").replace(":", "%3A"), accepted("整改到位"));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isEqualTo(1);

		JsonNode history = history(this.hongqi);
		assertThat(history).hasSize(2);
		JsonNode recorded = history.get(1);
		assertThat(recorded.get("action").asString()).isEqualTo("inspection-rectification-accepted");
		assertThat(recorded.get("source").asString()).isEqualTo("inspection:" + TASK + "/R1");
		assertThat(recorded.get("actorName").asString()).isEqualTo("新乡王");
		assertThat(recorded.get("changes").toString()).contains("finding.text", "补记鉴定材料移交时间", "outcome", "ACCEPTED");

		JsonNode list = this.api.as(CITY)
			.get("/api/registry/agencies/" + this.hongqi + "/inspection-rectifications")
			.json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("comment").asString()).isEqualTo("整改到位");
	}

	@Test
	void aChangedReportReplacesTheEntryAndTheHistorySaysWhatChanged() {
		assertThat(this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位")).status()).isEqualTo(201);
		Reply replaced = this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位，已复查原件"));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().get("comment").asString()).isEqualTo("整改到位，已复查原件");
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isEqualTo(1);
		JsonNode changes = history(this.hongqi).get(2).get("changes");
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0).get("field").asString()).isEqualTo("comment");
		assertThat(changes.get(0).get("before").asString()).isEqualTo("整改到位");
	}

	@Test
	void onlyABureauOrganisingTheInspectionWritesItsOutcome() {
		for (String outsider : new String[] { Tokens.agency(this.hongqi, "410702"), Tokens.inspectorIn("410700"),
				Tokens.expertIn("410700"), Tokens.ezhouCity(), Tokens.hubeiProvince(), Tokens.yuanyangCounty() }) {
			Reply refused = this.api.as(outsider).put(uri(this.hongqi, "R1"), accepted("整改到位"));
			assertProblem(refused, 403, "out-of-scope");
		}
		assertThat(this.api.as(null).put(uri(this.hongqi, "R1"), accepted("整改到位")).status()).isEqualTo(401);
		// the county covers the agency, but inspection-service says it does not organise
		// the inspection
		Reply county = this.api.as(HONGQI_COUNTY).put(uri(this.hongqi, "R1"), accepted("整改到位"));
		assertProblem(county, 403, "out-of-scope");
		assertThat(county.json().get("detail").asString()).contains("organising inspection " + TASK);
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isZero();
		assertThat(history(this.hongqi)).hasSize(1);

		assertThat(this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位")).status()).isEqualTo(201);
		assertThat(this.api.as(PROVINCE).put(uri(this.hongqi, "R2"), accepted(null)).status()).isEqualTo(201);
		assertThat(this.api.as(CITY).put(uri(this.echeng, "R3"), accepted(null)).status()).isEqualTo(403);
	}

	@Test
	void aReportNamingAnotherPlanThanTheInspectionsIsRefusedAndNothingIsWritten() {
		Map<String, Object> otherPlan = new LinkedHashMap<>(accepted("x"));
		otherPlan.put("planId", "plan-xx-2023");
		Reply refused = this.api.as(CITY).put(uri(this.hongqi, "R1"), otherPlan);
		assertProblem(refused, 400, "invalid-input");
		assertThat(fields(refused)).containsExactly("planId");
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isZero();
	}

	@Test
	void anInspectionOfAnotherAgencyIsAConflictWhateverTheRegistryHolds() {
		String yuanyang = register(Bodies.agency("原阳测试所", "410725", 33, "法医临床"));
		Reply moved = this.api.as(CITY).put(uri(yuanyang, "R1"), accepted("整改到位"));
		assertProblem(moved, 409, "inspection-rectification-other-agency");
		assertThat(moved.json().get("agencyId").asString()).isEqualTo(this.hongqi);
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isZero();
	}

	@Test
	void anUnknownInspectionIs404AndASilentInspectionServiceIs503WithNothingWritten() {
		String unknown = "/api/registry/agencies/" + this.hongqi + "/inspection-rectifications/plan-none:x/R1";
		assertProblem(this.api.as(CITY).put(unknown, accepted("x")), 404, "task-not-found");

		String failing = "plan-xx-2024:failing-" + this.hongqi;
		InspectionStub.task(failing, this.hongqi, "410702", null).organiser(CITY);
		InspectionStub.failing(failing);
		Reply down = this.api.as(CITY)
			.put("/api/registry/agencies/" + this.hongqi + "/inspection-rectifications/" + failing + "/R1",
					accepted("x"));
		assertProblem(down, 503, "inspection-unavailable");
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isZero();
		assertThat(history(this.hongqi)).hasSize(1);
	}

	@Test
	void theAgencyAndItsRegionReadTheOutcomesButNoOtherAgency() {
		this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位"));
		String list = "/api/registry/agencies/" + this.hongqi + "/inspection-rectifications";
		assertThat(this.api.as(Tokens.agency(this.hongqi, "410702")).get(list).json()).hasSize(1);
		assertThat(this.api.as(Tokens.inspectorIn("410700")).get(list).status()).isEqualTo(200);
		assertThat(this.api.as(Tokens.agency(this.echeng, "420704")).get(list).status()).isEqualTo(403);
		assertThat(this.api.as(Tokens.ezhouCity()).get(list).status()).isEqualTo(403);
	}

	@Test
	void aBadReportIsRefusedNamingTheFieldsAndNothingIsWritten() {
		Reply missing = this.api.as(CITY)
			.put(uri(this.hongqi, "R1"), without(without(without(accepted("x"), "planId"), "deadline"), "acceptedAt"));
		assertProblem(missing, 400, "invalid-input");
		assertThat(fields(missing)).containsExactly("planId", "deadline", "acceptedAt");

		Map<String, Object> noText = new LinkedHashMap<>(accepted("x"));
		noText.put("finding", Map.of("ref", "F1"));
		assertThat(fields(this.api.as(CITY).put(uri(this.hongqi, "R1"), noText))).containsExactly("finding.text");
		assertThat(fields(this.api.as(CITY).put(uri(this.hongqi, "R1"), without(accepted("x"), "outcome"))))
			.containsExactly("outcome");

		Map<String, Object> returned = new LinkedHashMap<>(accepted("x"));
		returned.put("outcome", "RETURNED");
		Reply unsettled = this.api.as(CITY).put(uri(this.hongqi, "R1"), returned);
		assertProblem(unsettled, 422, "rectification-outcome-unsettled");
		assertThat(fields(unsettled)).containsExactly("outcome");

		Map<String, Object> future = new LinkedHashMap<>(accepted("x"));
		future.put("acceptedAt", "2999-01-01T00:00:00Z");
		assertThat(fields(this.api.as(CITY).put(uri(this.hongqi, "R1"), future))).containsExactly("acceptedAt");

		assertProblem(this.api.as(CITY).put(uri("no-such-agency", "R1"), accepted("x")), 404, "not-found");
		assertThat(count(InspectionRectificationDocument.COLLECTION)).isZero();
		assertThat(history(this.hongqi)).hasSize(1);
	}

	@Test
	void anItemRecordedForOneAgencyIsNeverMovedToAnother() {
		String yuanyang = register(Bodies.agency("原阳测试所", "410725", 33, "法医临床"));
		assertThat(this.api.as(CITY).put(uri(this.hongqi, "R1"), accepted("整改到位")).status()).isEqualTo(201);
		Reply moved = this.api.as(CITY).put(uri(yuanyang, "R1"), accepted("整改到位"));
		assertProblem(moved, 409, "inspection-rectification-other-agency");
		assertThat(this.api.as(CITY).get("/api/registry/agencies/" + yuanyang + "/inspection-rectifications").json())
			.isEmpty();
	}

}
