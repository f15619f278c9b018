package org.shuangsuiji.registry.demo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.CreditCode;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestPropertySource(properties = "registry.demo-data=true")
class DemoDataTests extends RegistryTestBase {

	@Autowired
	DemoDataLoader loader;

	@Test
	void loadsTheFictionalDataOnceWithTheFixedIdsTheDemoAccountsUse() {
		DemoData data = DemoData.generate(LocalDate.now());
		assertThat(this.loader.load(data)).isGreaterThan(0);
		Map<String, Long> counts = Map.of("agencies", count("agencies"), "appraisers", count("appraisers"),
				"inspectors", count("inspectors"), "experts", count("experts"), "conflicts", count("conflicts"));
		assertThat(this.loader.load(data)).isZero();
		assertThat(count("agencies")).isEqualTo(counts.get("agencies")).isEqualTo(40);
		assertThat(count("inspectors")).isEqualTo(40);
		assertThat(count("experts")).isEqualTo(15);
		assertThat(count("conflicts")).isEqualTo(4);
		assertThat(count("appraisers")).isEqualTo(counts.get("appraisers"));
		for (Agency agency : data.agencies()) {
			assertThat(CreditCode.problemWith(agency.profile().creditCode().value())).isEmpty();
			assertThat(agency.profile().name()).contains("虚构演示");
		}
		assertThat(data.agencies().stream().filter((a) -> a.profile().regionCode().value().startsWith("4107")))
			.hasSize(30);
		Reply own = this.api.as(Tokens.agency("demo-xx-01", "410702")).get("/api/registry/agencies/demo-xx-01");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("regionCode").asString()).isEqualTo("410702");
		assertThat(this.api.as(Tokens.agency("demo-xx-02", "410725"))
			.get("/api/registry/agencies/demo-xx-02")
			.json()
			.get("regionCode")
			.asString()).isEqualTo("410725");
		assertThat(this.api.as(Tokens.agency("demo-ez-01", "420704"))
			.get("/api/registry/agencies/demo-ez-01")
			.json()
			.get("regionCode")
			.asString()).isEqualTo("420704");
		assertThat(this.api.as(Tokens.xinxiangCity()).get("/api/registry/pools/inspectors?region=410700").json().size())
			.isGreaterThanOrEqualTo(20);
	}

}
