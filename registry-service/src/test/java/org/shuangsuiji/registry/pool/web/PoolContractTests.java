package org.shuangsuiji.registry.pool.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes inspection-service reads for the draw: agency, inspector and expert pools
 * and the declared conflicts. Field names and values are part of the contract.
 */
@ServiceTest
class PoolContractTests extends RegistryTestBase {

	private static final String CITY = Tokens.xinxiangCity();

	private String clinic;

	private String inspector;

	private String expert;

	@BeforeEach
	void pools() {
		this.clinic = register(Bodies.agency("红旗临床所", "410702", 51, "法医临床"));
		String suspended = register(Bodies.agency("原阳停业所", "410725", 52, "法医临床"));
		register(Bodies.agency("卫辉文书所", "410781", 53, "文书"));
		register(Bodies.agency("鄂城临床所", "420704", 54, "法医临床"));
		this.api.as(CITY)
			.post("/api/registry/agencies/" + suspended + "/status",
					Map.of("status", "SUSPENDED", "reason", "整改", "effectiveOn", "2024-06-01"));
		this.inspector = this.api.as(CITY)
			.post("/api/registry/inspectors",
					Map.of("name", "检查员甲", "lawEnforcementCertNo", "ZF-4107-001", "unit", "新乡市司法局", "regionCode",
							"410700"))
			.json()
			.get("id")
			.asString();
		this.api.as(CITY)
			.post("/api/registry/inspectors", Map.of("name", "工作人员乙", "unit", "原阳县司法局", "regionCode", "410725"));
		this.api.as(CITY)
			.post("/api/registry/inspectors", Map.of("name", "检查员丙", "lawEnforcementCertNo", "ZF-4107-003", "unit",
					"新乡市司法局", "regionCode", "410700", "active", false));
		this.api.as(Tokens.ezhouCity())
			.post("/api/registry/inspectors", Map.of("name", "鄂州检查员", "lawEnforcementCertNo", "ZF-4207-001", "unit",
					"鄂州市司法局", "regionCode", "420700"));
		this.expert = this.api.as(CITY)
			.post("/api/registry/experts",
					Map.of("name", "专家甲", "specialities", List.of("法医临床", "FORENSIC_PATHOLOGY"), "unit", "新乡医学院",
							"regionCode", "410700"))
			.json()
			.get("id")
			.asString();
	}

	private static List<String> fields(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void agencyPoolListsActiveAgenciesOfTheSubtreeWithTheCategories() {
		Reply pool = this.api.as(CITY).get("/api/registry/pools/agencies?region=410700&category=FORENSIC_CLINICAL");
		assertThat(pool.status()).as(pool.body()).isEqualTo(200);
		assertThat(pool.json()).hasSize(1);
		JsonNode entry = pool.json().get(0);
		assertThat(fields(entry)).containsExactlyInAnyOrder("id", "name", "creditCode", "regionCode", "categories",
				"status");
		assertThat(entry.get("id").asString()).isEqualTo(this.clinic);
		assertThat(entry.get("categories").get(0).asString()).isEqualTo("FORENSIC_CLINICAL");
		assertThat(entry.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(this.api.as(CITY).get("/api/registry/pools/agencies?region=410700").json()).hasSize(2);
		assertThat(this.api.as(CITY)
			.get("/api/registry/pools/agencies?region=410700&category=法医临床&category=DOCUMENT")
			.json()).hasSize(2);
	}

	@Test
	void inspectorPoolListsActiveMembersWithOrWithoutCertificate() {
		JsonNode pool = this.api.as(CITY).get("/api/registry/pools/inspectors?region=410700").json();
		assertThat(pool).hasSize(2);
		JsonNode first = pool.get(0);
		assertThat(fields(first)).contains("id", "name", "lawEnforcementCertNo", "unit", "regionCode", "active");
		List<String> certs = new ArrayList<>();
		pool.forEach((p) -> certs
			.add(p.get("lawEnforcementCertNo").isNull() ? null : p.get("lawEnforcementCertNo").asString()));
		assertThat(certs).containsExactlyInAnyOrder("ZF-4107-001", null);
		assertThat(this.api.as(CITY).get("/api/registry/pools/inspectors?region=410725").json()).hasSize(1);
	}

	@Test
	void expertPoolListsSpecialitiesAsCategoryCodes() {
		JsonNode pool = this.api.as(CITY).get("/api/registry/pools/experts?region=410700").json();
		assertThat(pool).hasSize(1);
		assertThat(fields(pool.get(0))).contains("id", "name", "specialities", "regionCode", "active");
		assertThat(pool.get(0).get("specialities").toString())
			.isEqualTo("[\"FORENSIC_PATHOLOGY\",\"FORENSIC_CLINICAL\"]");
	}

	@Test
	void conflictsListDeclarationsInForceWithTheirDay() {
		Reply declared = this.api.as(CITY)
			.post("/api/registry/conflicts",
					Map.of("personId", this.inspector, "personKind", "INSPECTOR", "agencyId", this.clinic, "kind",
							"FORMER_EMPLOYMENT", "reason", "2019-2021 年在该所任职", "declaredOn", "2024-05-01"));
		assertThat(declared.status()).as(declared.body()).isEqualTo(201);
		this.api.as(CITY)
			.post("/api/registry/conflicts", Map.of("personId", this.expert, "personKind", "EXPERT", "agencyId",
					this.clinic, "kind", "RELATIVE", "reason", "近亲属", "declaredOn", "2024-05-02"));
		JsonNode conflicts = this.api.as(CITY).get("/api/registry/conflicts?region=410700").json();
		assertThat(conflicts).hasSize(2);
		JsonNode first = conflicts.get(0);
		assertThat(fields(first)).containsExactlyInAnyOrder("id", "personId", "personKind", "agencyId", "kind",
				"reason", "declaredOn");
		assertThat(first.get("declaredOn").asString()).isEqualTo("2024-05-01");
		assertThat(first.get("personKind").asString()).isEqualTo("INSPECTOR");
		String id = declared.json().get("id").asString();
		// the list names the declaration a withdrawal needs
		assertThat(first.get("id").asString()).isEqualTo(id);
		assertThat(this.api.as(CITY)
			.post("/api/registry/conflicts/" + id + "/withdrawal", Map.of("reason", "误报"))
			.status()).isEqualTo(200);
		assertThat(this.api.as(CITY).get("/api/registry/conflicts?region=410700").json()).hasSize(1);
		assertThat(this.api.as(CITY)
			.post("/api/registry/conflicts",
					Map.of("personId", this.inspector, "personKind", "INSPECTOR", "agencyId", this.clinic, "kind",
							"OTHER", "reason", "未来", "declaredOn", "2999-01-01"))
			.status()).isEqualTo(422);
	}

	@Test
	void onlyABureauCoveringThePersonsPoolWithdrawsTheirDeclaration() {
		String yuanyang = register(Bodies.agency("原阳临床所", "410725", 55, "法医临床"));
		Reply declared = this.api.as(CITY)
			.post("/api/registry/conflicts", Map.of("personId", this.inspector, "personKind", "INSPECTOR", "agencyId",
					yuanyang, "kind", "RELATIVE", "reason", "近亲属在该所执业", "declaredOn", "2024-05-01"));
		assertThat(declared.status()).as(declared.body()).isEqualTo(201);
		String withdrawal = "/api/registry/conflicts/" + declared.json().get("id").asString() + "/withdrawal";
		Reply county = this.api.as(Tokens.yuanyangCounty()).post(withdrawal, Map.of("reason", "县局认为无需回避"));
		assertThat(county.status()).as("the county covers the agency, not the city's inspector").isEqualTo(403);
		assertThat(this.api.as(CITY).get("/api/registry/conflicts?region=410700").json()).hasSize(1);
		assertThat(this.api.as(CITY).post(withdrawal, Map.of("reason", "误报")).status()).isEqualTo(200);
	}

	@Test
	void poolsNeedABureauTokenCoveringTheRegion() {
		assertThat(this.api.as(Tokens.henanProvince()).get("/api/registry/pools/agencies?region=410700").status())
			.isEqualTo(200);
		assertThat(this.api.as(Tokens.yuanyangCounty()).get("/api/registry/pools/agencies?region=410700").status())
			.isEqualTo(403);
		assertThat(this.api.as(Tokens.yuanyangCounty()).get("/api/registry/pools/agencies?region=410725").status())
			.isEqualTo(200);
		assertThat(this.api.as(Tokens.ezhouCity()).get("/api/registry/pools/inspectors?region=410700").status())
			.isEqualTo(403);
		assertThat(this.api.as(Tokens.inspectorIn("410700")).get("/api/registry/pools/experts?region=410700").status())
			.isEqualTo(403);
		assertThat(
				this.api.as(Tokens.agency(this.clinic, "410702")).get("/api/registry/conflicts?region=410700").status())
			.isEqualTo(403);
		assertThat(this.api.as(null).get("/api/registry/pools/agencies?region=410700").status()).isEqualTo(401);
		assertThat(this.api.as(CITY).get("/api/registry/pools/agencies?region=419999").status()).isEqualTo(422);
		assertThat(this.api.as(CITY).get("/api/registry/pools/agencies").status()).isEqualTo(400);
	}

	@Test
	void poolMembersAreUniqueByCertificateAndKeepHistory() {
		Reply duplicate = this.api.as(CITY)
			.post("/api/registry/inspectors", Map.of("name", "另一人", "lawEnforcementCertNo", "ZF-4107-001", "unit",
					"新乡县司法局", "regionCode", "410721"));
		assertThat(duplicate.status()).isEqualTo(409);
		Reply updated = this.api.as(CITY)
			.put("/api/registry/inspectors/" + this.inspector, Map.of("name", "检查员甲", "lawEnforcementCertNo",
					"ZF-4107-001", "unit", "新乡市司法局", "regionCode", "410700", "active", false, "version", 0));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(this.api.as(CITY).get("/api/registry/inspectors/" + this.inspector + "/history").json()).hasSize(2);
		assertThat(this.api.as(Tokens.ezhouCity()).get("/api/registry/inspectors/" + this.inspector).status())
			.isEqualTo(403);
		assertThat(this.api.as(CITY)
			.post("/api/registry/experts",
					Map.of("name", "专家乙", "specialities", List.of("星象"), "unit", "某院", "regionCode", "410700"))
			.status()).isEqualTo(422);
	}

}
