package org.shuangsuiji.registry.agency.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AgencyApiTests extends RegistryTestBase {

	private static final String CITY = Tokens.xinxiangCity();

	private static void assertProblem(Reply response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:shuangsuiji:problem:" + type);
	}

	@Test
	void registersAnAgencyWithItsFlagsAndHistory() {
		Reply created = this.api.as(CITY)
			.post("/api/registry/agencies", Bodies.agency("原阳测试司法鉴定所", "410725", 1, "法医临床", "FORENSIC_BIOLOGY"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode agency = created.json();
		assertThat(agency.get("regionName").asString()).isEqualTo("原阳县");
		assertThat(agency.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(agency.get("categories").toString()).contains("FORENSIC_CLINICAL", "FORENSIC_BIOLOGY");
		assertThat(agency.get("flags").toString()).contains("ACCREDITATION_MISSING", "CATEGORY_UNDERSTAFFED",
				"FEW_APPRAISERS");
		assertThat(agency.get("licence").get("validUntil").asString()).isEqualTo("2099-12-31");
		JsonNode history = this.api.as(CITY)
			.get("/api/registry/agencies/" + agency.get("id").asString() + "/history")
			.json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("action").asString()).isEqualTo("created");
		assertThat(history.get(0).get("actorName").asString()).isEqualTo("新乡王");
	}

	@Test
	void refusesADuplicateCreditCodeWith409() {
		register(Bodies.agency("甲所", "410725", 2, "法医临床"));
		Reply again = this.api.as(CITY).post("/api/registry/agencies", Bodies.agency("乙所", "410702", 2, "法医临床"));
		assertThat(Bodies.creditCode("410725", 2)).isNotEqualTo(Bodies.creditCode("410702", 2));
		assertThat(again.status()).isEqualTo(201);
		Map<String, Object> same = Bodies.with(Bodies.agency("丙所", "410702", 3, "法医临床"), "creditCode",
				Bodies.creditCode("410725", 2));
		Reply duplicate = this.api.as(CITY).post("/api/registry/agencies", same);
		assertProblem(duplicate, 409, "credit-code-duplicate");
		assertThat(duplicate.json().get("field").asString()).isEqualTo("creditCode");
	}

	@Test
	void refusesAMalformedCreditCodeWith400NamingTheFieldAndTheCheckCharacter() {
		String valid = Bodies.creditCode("410725", 4);
		char wrong = (valid.charAt(17) == '0') ? '1' : '0';
		Reply response = this.api.as(CITY)
			.post("/api/registry/agencies", Bodies.with(Bodies.agency("丁所", "410725", 4, "法医临床"), "creditCode",
					valid.substring(0, 17) + wrong));
		assertProblem(response, 400, "credit-code-invalid");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("creditCode");
		assertThat(error.get("message").asString()).contains("should be " + valid.charAt(17));
		assertThat(count("agencies")).isZero();
	}

	@Test
	void refusesAnUnknownRegionOrCategoryWith422() {
		assertProblem(this.api.as(CITY).post("/api/registry/agencies", Bodies.agency("戊所", "410799", 5, "法医临床")), 422,
				"region-unknown");
		Reply category = this.api.as(CITY).post("/api/registry/agencies", Bodies.agency("己所", "410725", 6, "算命"));
		assertProblem(category, 422, "category-unknown");
		assertThat(category.json().get("errors").get(0).get("field").asString()).isEqualTo("categories[0]");
		assertThat(count("agencies")).isZero();
	}

	@Test
	void refusesDatesOutOfOrderWith422() {
		Map<String, Object> body = Bodies.with(Bodies.agency("庚所", "410725", 7, "法医临床"), "licence",
				Map.of("number", "XK-7", "validFrom", "2025-01-01", "validUntil", "2024-12-31"));
		Reply response = this.api.as(CITY).post("/api/registry/agencies", body);
		assertProblem(response, 422, "dates-out-of-order");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("licence.validUntil");
	}

	@Test
	void replacesTheProfileWithVersionCheckAndRecordsWhatChanged() {
		String id = register(Bodies.agency("辛所", "410725", 8, "法医临床"));
		assertThat(this.api.as(CITY).get("/api/registry/agencies/" + id).json().get("version").asLong()).isZero();
		Map<String, Object> changed = Bodies
			.with(Bodies.with(Bodies.agency("辛所", "410725", 8, "法医临床"), "contactPhone", "0373-9999999"), "version", 0);
		Reply updated = this.api.as(CITY).put("/api/registry/agencies/" + id, changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);
		assertProblem(this.api.as(CITY).put("/api/registry/agencies/" + id, changed), 409, "stale-version");
		JsonNode history = this.api.as(CITY).get("/api/registry/agencies/" + id + "/history").json();
		assertThat(history).hasSize(2);
		JsonNode change = history.get(1).get("changes").get(0);
		assertThat(change.get("field").asString()).isEqualTo("profile.contactPhone");
		assertThat(change.get("after").asString()).isEqualTo("0373-9999999");
	}

	@Test
	void changesStatusWithReasonAndKeepsTheHistory() {
		String id = register(Bodies.agency("壬所", "410725", 9, "法医临床"));
		Reply suspended = this.api.as(CITY)
			.post("/api/registry/agencies/" + id + "/status",
					Map.of("status", "SUSPENDED", "reason", "执业场所不足70平方米", "effectiveOn", "2024-06-20"));
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
		assertThat(suspended.json().get("statusHistory").get(0).get("byName").asString()).isEqualTo("新乡王");
		assertProblem(this.api.as(CITY)
			.post("/api/registry/agencies/" + id + "/status", Map.of("status", "ACTIVE", "effectiveOn", "2024-06-21")),
				400, "invalid-input");
		assertProblem(
				this.api.as(CITY)
					.post("/api/registry/agencies/" + id + "/status",
							Map.of("status", "ACTIVE", "reason", "整改完成", "effectiveOn", "2024-06-01")),
				422, "dates-out-of-order");
	}

	@Test
	void recordsPenaltiesRectificationAndPartyBuilding() {
		String id = register(Bodies.agency("癸所", "410725", 10, "法医临床"));
		Reply penalised = this.api.as(CITY)
			.post("/api/registry/agencies/" + id + "/penalties",
					Map.of("kind", "ADMINISTRATIVE_PENALTY", "decidedOn", "2023-05-10", "authority", "新乡市司法局",
							"description", "超出许可业务范围鉴定", "rectificationDeadline", "2023-07-10"));
		assertThat(penalised.status()).as(penalised.body()).isEqualTo(201);
		String penaltyId = penalised.json().get("penalties").get(0).get("id").asString();
		Reply rectified = this.api.as(CITY)
			.post("/api/registry/agencies/" + id + "/penalties/" + penaltyId + "/rectification",
					Map.of("rectifiedOn", "2023-06-30", "note", "已收回超范围意见书"));
		assertThat(rectified.json().get("penalties").get(0).get("rectifiedOn").asString()).isEqualTo("2023-06-30");
		Reply party = this.api.as(CITY)
			.put("/api/registry/agencies/" + id + "/party-building/2024", Map.of("note", "成立联合党支部, 开展主题党日4次"));
		assertThat(party.json().get("partyBuilding").get(0).get("year").asInt()).isEqualTo(2024);
		assertProblem(
				this.api.as(CITY)
					.post("/api/registry/agencies/" + id + "/penalties", Map.of("kind", "PROFESSIONAL_DISCIPLINE",
							"decidedOn", "2023-05-10", "description", "违规", "rectificationDeadline", "2023-01-01")),
				422, "dates-out-of-order");
		assertThat(this.api.as(CITY).get("/api/registry/agencies/" + id + "/history").json()).hasSize(4);
	}

	@Test
	void flagsFollowTheAppraisersOfTheAgency() {
		String id = register(Bodies.agency("子所", "410725", 11, "法医临床"));
		for (int i = 1; i <= 6; i++) {
			Reply appraiser = this.api.as(CITY)
				.post("/api/registry/appraisers", Bodies.appraiser("鉴定人" + i, "CERT-11-" + i, id, "法医临床"));
			assertThat(appraiser.status()).as(appraiser.body()).isEqualTo(201);
		}
		JsonNode agency = this.api.as(CITY).get("/api/registry/agencies/" + id).json();
		assertThat(agency.get("flags").toString()).doesNotContain("FEW_APPRAISERS", "CATEGORY_UNDERSTAFFED");
		assertThat(agency.get("flags")).isEmpty();
	}

	@Test
	void notFoundAndMalformedJsonAreProblems() {
		assertProblem(this.api.as(CITY).get("/api/registry/agencies/nope"), 404, "not-found");
		assertThat(this.api.as(CITY).post("/api/registry/agencies", "{not json").status()).isEqualTo(400);
		assertThat(this.api.as(CITY)
			.post("/api/registry/agencies", Map.of("certificates", List.of(Map.of("kind", "XYZ"))))
			.status()).isEqualTo(400);
	}

}
