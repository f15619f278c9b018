package org.shuangsuiji.registry.agency.web;

import java.time.LocalDate;
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

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** Search and paging by name, category, status, region subtree and flag. */
@ServiceTest
class AgencySearchTests extends RegistryTestBase {

	private static final String PROVINCE = Tokens.henanProvince();

	@BeforeEach
	void agencies() {
		register(Bodies.agency("新乡(中心)司法鉴定所", "410702", 31, "法医临床"));
		String dna = register(Bodies.agency("新乡物证鉴定中心", "410703", 32, "法医物证"));
		register(Bodies.agency("原阳法医鉴定所", "410725", 33, "法医临床", "法医病理"));
		register(Bodies.agency("长垣文书鉴定所", "410783", 34, "文书"));
		this.api.as(PROVINCE)
			.post("/api/registry/agencies/" + dna + "/status",
					Map.of("status", "SUSPENDED", "reason", "无有效资质认定证书", "effectiveOn", "2024-06-01"));
	}

	private List<String> names(String query) {
		Reply response = this.api.as(PROVINCE).get("/api/registry/agencies?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

	@Test
	void matchesNamePartsLiterallyNotAsPatterns() {
		assertThat(names("name=" + enc("(中心)"))).containsExactly("新乡(中心)司法鉴定所");
		assertThat(names("name=" + enc(".*"))).isEmpty();
		assertThat(names("name=" + enc("鉴定所"))).hasSize(3);
	}

	@Test
	void filtersByCategoryStatusAndRegionSubtree() {
		assertThat(names("category=FORENSIC_PATHOLOGY&category=" + enc("文书"))).containsExactlyInAnyOrder("原阳法医鉴定所",
				"长垣文书鉴定所");
		assertThat(names("status=SUSPENDED")).containsExactly("新乡物证鉴定中心");
		assertThat(names("region=410725")).containsExactly("原阳法医鉴定所");
		assertThat(names("region=410700")).hasSize(4);
		assertThat(this.api.as(PROVINCE).get("/api/registry/agencies?category=FOO").status()).isEqualTo(422);
		assertThat(this.api.as(PROVINCE).get("/api/registry/agencies?region=4107").status()).isEqualTo(400);
		assertThat(this.api.as(PROVINCE).get("/api/registry/agencies?status=OPEN").status()).isEqualTo(400);
	}

	@Test
	void filtersByComputedFlag() {
		assertThat(names("flag=ACCREDITATION_MISSING")).containsExactly("新乡物证鉴定中心");
		assertThat(names("flag=FEW_APPRAISERS")).hasSize(4);
		assertThat(names("flag=LICENCE_EXPIRED")).isEmpty();
	}

	@Test
	void anAgencysFlagSearchRecomputesItsOwnFlagsOnlyAndFindsOnlyItself() {
		String own = register(Bodies.agency("获嘉司法鉴定所", "410724", 35, "文书"));
		Query all = new Query();
		this.mongo.updateMulti(all, new Update().set("flagsValidUntil", LocalDate.EPOCH), "agencies");
		Query stale = Query.query(Criteria.where("flagsValidUntil").is(LocalDate.EPOCH));
		assertThat(this.mongo.count(stale, "agencies")).isEqualTo(5);

		Reply reply = this.api.as(Tokens.agency(own, "410724")).get("/api/registry/agencies?flag=FEW_APPRAISERS");

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.json().get("items")).hasSize(1);
		assertThat(reply.json().get("items").get(0).get("id").asString()).isEqualTo(own);
		assertThat(this.mongo.count(stale, "agencies")).as("the four other agencies stay untouched").isEqualTo(4);
		assertThat(this.mongo.count(stale.addCriteria(Criteria.where("_id").is(own)), "agencies")).isZero();
	}

	@Test
	void pagesThroughResultsInNameOrder() {
		Reply first = this.api.as(PROVINCE).get("/api/registry/agencies?size=3&page=0");
		assertThat(first.json().get("totalItems").asInt()).isEqualTo(4);
		assertThat(first.json().get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.json().get("items")).hasSize(3);
		assertThat(this.api.as(PROVINCE).get("/api/registry/agencies?size=3&page=1").json().get("items")).hasSize(1);
		assertThat(this.api.as(PROVINCE).get("/api/registry/agencies?size=500").status()).isEqualTo(400);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
