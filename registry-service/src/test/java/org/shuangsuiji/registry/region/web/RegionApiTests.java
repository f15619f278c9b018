package org.shuangsuiji.registry.region.web;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Region reads, probes and API docs (signed-in callers only). */
@ServiceTest
class RegionApiTests extends RegistryTestBase {

	@Test
	void readsARegionItsChildrenAndItsAncestors() {
		String token = Tokens.agency("any", "410725");
		Reply region = this.api.as(token).get("/api/registry/regions/410725");
		assertThat(region.json().get("name").asString()).isEqualTo("原阳县");
		assertThat(region.json().get("level").asString()).isEqualTo("COUNTY");
		assertThat(region.json().get("parentCode").asString()).isEqualTo("410700");
		assertThat(this.api.as(token).get("/api/registry/regions/410725/ancestors").json()).hasSize(2);
		assertThat(this.api.as(token).get("/api/registry/regions/420700/children").json()).hasSize(3);
		assertThat(this.api.as(token).get("/api/registry/regions").json()).hasSize(31);
		assertThat(this.api.as(token).get("/api/registry/regions/410799").status()).isEqualTo(404);
		assertThat(this.api.as(token).get("/api/registry/regions/41x").status()).isEqualTo(400);
		assertThat(this.api.as(null).get("/api/registry/regions/410725").status()).isEqualTo(401);
	}

	@Test
	void probesNeedNoTokenButApiDocsNeedASignedInCaller() {
		assertThat(this.api.as(null).get("/livez").status()).isEqualTo(200);
		assertThat(this.api.as(null).get("/readyz").status()).isEqualTo(200);
		assertThat(this.api.as(null).get("/v3/api-docs").status()).isEqualTo(401);
		assertThat(this.api.as(null).get("/actuator/prometheus").status()).isEqualTo(404);
		Reply docs = this.api.as(Tokens.agency("any", "410725")).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/registry/pools/agencies", "/api/public/registry/agencies");
	}

}
