package org.shuangsuiji.registry.region.web;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.registry.support.Api;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Region reads, probes and API docs. */
@ServiceTest
class RegionApiTests extends RegistryTestBase {

	@Test
	void readsARegionItsChildrenAndItsAncestors() {
		String token = Tokens.agency("any", "410725");
		Api.Response region = this.api.get("/api/registry/regions/410725", token);
		assertThat(region.json().get("name").asString()).isEqualTo("原阳县");
		assertThat(region.json().get("level").asString()).isEqualTo("COUNTY");
		assertThat(region.json().get("parentCode").asString()).isEqualTo("410700");
		assertThat(this.api.get("/api/registry/regions/410725/ancestors", token).json()).hasSize(2);
		assertThat(this.api.get("/api/registry/regions/420700/children", token).json()).hasSize(3);
		assertThat(this.api.get("/api/registry/regions", token).json()).hasSize(2);
		assertThat(this.api.get("/api/registry/regions/410799", token).status()).isEqualTo(404);
		assertThat(this.api.get("/api/registry/regions/41x", token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/registry/regions/410725", null).status()).isEqualTo(401);
	}

	@Test
	void probesAndApiDocsNeedNoToken() {
		assertThat(this.api.get("/livez", null).status()).isEqualTo(200);
		assertThat(this.api.get("/readyz", null).status()).isEqualTo(200);
		Api.Response docs = this.api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/registry/pools/agencies", "/api/public/registry/agencies");
	}

}
