package org.shuangsuiji.registry.agency.web;

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

/** Every role, in and out of its region, against the agency endpoints. */
@ServiceTest
class AgencyScopeTests extends RegistryTestBase {

	private String hongqi;

	private String yuanyang;

	private String echeng;

	@BeforeEach
	void threeAgenciesInTwoCities() {
		this.hongqi = register(Bodies.agency("红旗测试所", "410702", 21, "法医临床"));
		this.yuanyang = register(Bodies.agency("原阳测试所", "410725", 22, "法医临床"));
		this.echeng = register(Bodies.agency("鄂城测试所", "420704", 23, "法医临床"));
		this.api.as(Tokens.henanProvince())
			.post("/api/registry/appraisers", Bodies.appraiser("红旗鉴定人", "CERT-21-1", this.hongqi, "法医临床"));
		this.api.as(Tokens.henanProvince())
			.post("/api/registry/appraisers", Bodies.appraiser("原阳鉴定人", "CERT-22-1", this.yuanyang, "法医临床"));
	}

	private List<String> names(String bearer) {
		Reply response = this.api.as(bearer).get("/api/registry/agencies?size=50");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

	private int read(String bearer, String id) {
		return this.api.as(bearer).get("/api/registry/agencies/" + id).status();
	}

	/** The status of registering {@code agency} as {@code bearer}. */
	private int registerAs(String bearer, Map<String, Object> agency) {
		return this.api.as(bearer).post("/api/registry/agencies", agency).status();
	}

	@Test
	void aProvinceSeesItsWholeProvinceOnly() {
		assertThat(names(Tokens.henanProvince())).containsExactlyInAnyOrder("红旗测试所", "原阳测试所");
		assertThat(read(Tokens.henanProvince(), this.echeng)).isEqualTo(403);
	}

	@Test
	void aCitySeesAndChangesItsCountiesButNotAnotherCity() {
		assertThat(names(Tokens.xinxiangCity())).containsExactlyInAnyOrder("红旗测试所", "原阳测试所");
		assertThat(names(Tokens.ezhouCity())).containsExactly("鄂城测试所");
		assertThat(read(Tokens.xinxiangCity(), this.echeng)).isEqualTo(403);
		assertThat(registerAs(Tokens.xinxiangCity(), Bodies.agency("越界所", "420703", 24, "法医临床"))).isEqualTo(403);
		assertThat(this.api.as(Tokens.xinxiangCity())
			.post("/api/registry/agencies/" + this.echeng + "/status",
					java.util.Map.of("status", "SUSPENDED", "reason", "越权", "effectiveOn", "2024-06-01"))
			.status()).isEqualTo(403);
		assertThat(this.api.as(Tokens.xinxiangCity()).get("/api/registry/agencies?region=420700").status())
			.isEqualTo(403);
	}

	@Test
	void aCountySeesOnlyItsOwnCounty() {
		assertThat(names(Tokens.yuanyangCounty())).containsExactly("原阳测试所");
		assertThat(read(Tokens.yuanyangCounty(), this.hongqi)).isEqualTo(403);
		assertThat(registerAs(Tokens.yuanyangCounty(), Bodies.agency("原阳新所", "410725", 25, "法医临床"))).isEqualTo(201);
		assertThat(registerAs(Tokens.yuanyangCounty(), Bodies.agency("红旗新所", "410702", 26, "法医临床"))).isEqualTo(403);
	}

	@Test
	void anAgencyAccountSeesOnlyItsOwnAgencyAndItsAppraisers() {
		String own = Tokens.agency(this.hongqi, "410702");
		assertThat(names(own)).containsExactly("红旗测试所");
		assertThat(read(own, this.hongqi)).isEqualTo(200);
		assertThat(read(own, this.yuanyang)).isEqualTo(403);
		JsonNode appraisers = this.api.as(own).get("/api/registry/appraisers").json().get("items");
		assertThat(appraisers).hasSize(1);
		assertThat(appraisers.get(0).get("name").asString()).isEqualTo("红旗鉴定人");
		assertThat(this.api.as(own).get("/api/registry/agencies/" + this.yuanyang + "/appraisers").status())
			.isEqualTo(403);
		assertThat(this.api.as(own).get("/api/registry/agencies/" + this.hongqi + "/appraisers").status())
			.isEqualTo(200);
		assertThat(this.api.as(own)
			.put("/api/registry/agencies/" + this.hongqi, Bodies.agency("红旗测试所", "410702", 21, "法医临床"))
			.status()).isEqualTo(403);
	}

	@Test
	void inspectorsAndExpertsReadAgenciesInTheirRegionButChangeNothing() {
		String inspector = Tokens.inspectorIn("410700");
		assertThat(names(inspector)).containsExactlyInAnyOrder("红旗测试所", "原阳测试所");
		assertThat(read(inspector, this.echeng)).isEqualTo(403);
		assertThat(names(Tokens.expertIn("420700"))).containsExactly("鄂城测试所");
		assertThat(read(Tokens.expertIn("420700"), this.hongqi)).isEqualTo(403);
		assertThat(this.api.as(inspector)
			.post("/api/registry/agencies", Bodies.agency("检查员建所", "410702", 27, "法医临床"))
			.status()).isEqualTo(403);
		assertThat(this.api.as(inspector).get("/api/registry/pools/agencies?region=410700").status()).isEqualTo(403);
	}

	@Test
	void anonymousCallersGet401ButReadThePublicDirectory() {
		assertThat(this.api.as(null).get("/api/registry/agencies").status()).isEqualTo(401);
		Reply directory = this.api.as(null).get("/api/public/registry/agencies?region=410700");
		assertThat(directory.status()).as(directory.body()).isEqualTo(200);
		JsonNode first = directory.json().get("items").get(0);
		List<String> fields = new ArrayList<>();
		first.propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("name", "creditCode", "categories", "status", "regionCode",
				"regionName");
		assertThat(directory.json().get("totalItems").asInt()).isEqualTo(2);
		assertThat(this.api.as(null).get("/api/public/registry/agencies").json().get("totalItems").asInt())
			.isEqualTo(3);
		assertThat(this.api.as(null).get("/api/public/registry/regions/410700/children").json()).hasSize(12);
	}

}
