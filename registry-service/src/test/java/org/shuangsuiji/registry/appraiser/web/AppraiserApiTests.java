package org.shuangsuiji.registry.appraiser.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AppraiserApiTests extends RegistryTestBase {

	private static final String CITY = Tokens.xinxiangCity();

	private String first;

	private String second;

	@BeforeEach
	void twoAgencies() {
		this.first = register(Bodies.agency("甲鉴定所", "410702", 41, "法医临床", "文书"));
		this.second = register(Bodies.agency("乙鉴定所", "410725", 42, "法医临床"));
	}

	private Reply create(Map<String, Object> body) {
		return this.api.as(CITY).post("/api/registry/appraisers", body);
	}

	@Test
	void registersAnAppraiserWithTrainingFlagAndHistory() {
		Map<String, Object> body = Bodies.with(Bodies.appraiser("钱一", "41-0001", this.first, "法医临床"), "training",
				java.util.List.of(Map.of("year", java.time.LocalDate.now().getYear() - 1, "hours", 20)));
		Reply created = create(body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("trainingShort").asBoolean()).isTrue();
		String id = created.json().get("id").asString();
		assertThat(this.api.as(CITY).get("/api/registry/appraisers/" + id + "/history").json()).hasSize(1);
		assertThat(this.api.as(CITY).get("/api/registry/agencies/" + this.first).json().get("flags").toString())
			.contains("TRAINING_HOURS_SHORT");
	}

	@Test
	void anInspectorOrAnotherCityCannotRegisterAnAppraiserEvenWithAnInvalidBody() {
		Map<String, Object> invalid = Map.of("agencyId", this.second);
		for (String refused : new String[] { Tokens.inspectorIn("410700"), Tokens.agency(this.second, "410725"),
				Tokens.ezhouCity() }) {
			Reply reply = this.api.as(refused).post("/api/registry/appraisers", invalid);
			assertThat(reply.status()).as(reply.body()).isEqualTo(403);
		}
		assertThat(this.api.as(Tokens.inspectorIn("410700")).post("/api/registry/appraisers", Map.of()).status())
			.isEqualTo(403);
		assertThat(create(invalid).status()).isEqualTo(400);
		assertThat(create(Map.of()).status()).isEqualTo(400);
	}

	@Test
	void refusesAnAppraiserActiveAtAnotherAgencyWith409() {
		assertThat(create(Bodies.appraiser("孙二", "41-0002", this.first, "法医临床")).status()).isEqualTo(201);
		Reply second = create(Bodies.appraiser("孙二", "41-0002", this.second, "法医临床"));
		assertThat(second.status()).as(second.body()).isEqualTo(409);
		assertThat(second.json().get("type").asString()).endsWith("appraiser-active-elsewhere");
		assertThat(second.json().get("detail").asString()).contains("甲鉴定所");
	}

	@Test
	void movesAnAppraiserOnceTheFirstAgencyRecordsThatTheyLeft() {
		Reply created = create(Bodies.appraiser("李三", "41-0003", this.first, "法医临床"));
		String id = created.json().get("id").asString();
		Map<String, Object> left = Bodies
			.with(Bodies.with(Bodies.appraiser("李三", "41-0003", this.first, "法医临床"), "status", "LEFT"), "version", 0);
		assertThat(this.api.as(CITY).put("/api/registry/appraisers/" + id, left).status()).isEqualTo(200);
		Reply moved = create(Bodies.appraiser("李三", "41-0003", this.second, "法医临床"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(201);
		assertThat(moved.json().get("id").asString()).isEqualTo(id);
		assertThat(moved.json().get("agencyId").asString()).isEqualTo(this.second);
		assertThat(this.api.as(CITY).get("/api/registry/appraisers/" + id + "/history").json()).hasSize(3);
	}

	@Test
	void anAppraiserRegisteredInAnotherRegionIsNeitherMovedNorNamed() {
		String ezhouAgency = register(Bodies.agency("鄂州丙所", "420704", 43, "法医临床"));
		Reply there = this.api.as(Tokens.ezhouCity())
			.post("/api/registry/appraisers", Bodies.appraiser("蒋十二", "42-0012", ezhouAgency, "法医临床"));
		assertThat(there.status()).as(there.body()).isEqualTo(201);
		String id = there.json().get("id").asString();
		Reply active = create(Bodies.appraiser("蒋十二", "42-0012", this.first, "法医临床"));
		assertThat(active.status()).as(active.body()).isEqualTo(409);
		assertThat(active.json().get("type").asString()).endsWith("appraiser-registered-elsewhere");
		assertThat(active.body()).doesNotContain("鄂州丙所").doesNotContain(ezhouAgency);
		Map<String, Object> left = Bodies
			.with(Bodies.with(Bodies.appraiser("蒋十二", "42-0012", ezhouAgency, "法医临床"), "status", "LEFT"), "version", 0);
		assertThat(this.api.as(Tokens.ezhouCity()).put("/api/registry/appraisers/" + id, left).status()).isEqualTo(200);
		Reply inactive = create(Bodies.appraiser("蒋十二", "42-0012", this.first, "法医临床"));
		assertThat(inactive.status()).as(inactive.body()).isEqualTo(409);
		assertThat(inactive.json().get("type").asString()).endsWith("appraiser-registered-elsewhere");
		assertThat(
				this.api.as(Tokens.ezhouCity()).get("/api/registry/appraisers/" + id).json().get("agencyId").asString())
			.as("still at the Ezhou agency")
			.isEqualTo(ezhouAgency);
	}

	@Test
	void refusesTheSameCertificateTwiceAtOneAgencyAndCategoriesOutsideTheAgencysScope() {
		create(Bodies.appraiser("周四", "41-0004", this.first, "法医临床"));
		assertThat(create(Bodies.appraiser("周四", "41-0004", this.first, "文书")).status()).isEqualTo(409);
		Reply outside = create(Bodies.appraiser("吴五", "41-0005", this.second, "文书"));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("type").asString()).endsWith("category-outside-agency-scope");
		assertThat(create(Bodies.appraiser("", "", this.second, "法医临床")).status()).isEqualTo(400);
		assertThat(create(Bodies.appraiser("郑六", "41-0006", "no-such-agency", "法医临床")).status()).isEqualTo(422);
	}

	@Test
	void scopesAppraisersByRegionAndAgency() {
		create(Bodies.appraiser("王七", "41-0007", this.first, "法医临床"));
		create(Bodies.appraiser("冯八", "41-0008", this.second, "法医临床"));
		assertThat(this.api.as(Tokens.yuanyangCounty()).get("/api/registry/appraisers").json().get("items")).hasSize(1);
		assertThat(this.api.as(Tokens.inspectorIn("410700")).get("/api/registry/appraisers").json().get("items"))
			.hasSize(2);
		assertThat(this.api.as(Tokens.ezhouCity()).get("/api/registry/appraisers").json().get("items")).isEmpty();
		assertThat(create(Bodies.appraiser("陈九", "41-0009", this.first, "法医临床")).status()).isEqualTo(201);
		assertThat(this.api.as(Tokens.yuanyangCounty())
			.post("/api/registry/appraisers", Bodies.appraiser("褚十", "41-0010", this.first, "法医临床"))
			.status()).isEqualTo(403);
		assertThat(this.api.as(Tokens.agency(this.first, "410702"))
			.post("/api/registry/appraisers", Bodies.appraiser("卫十一", "41-0011", this.first, "法医临床"))
			.status()).isEqualTo(403);
		assertThat(
				this.api.as(Tokens.agency(this.second, "410725")).get("/api/registry/appraisers").json().get("items"))
			.hasSize(1);
	}

}
