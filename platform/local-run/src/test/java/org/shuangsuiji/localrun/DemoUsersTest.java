package org.shuangsuiji.localrun;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTest {

	@Test
	void everyPrintedDemoLoginExistsInTheRealmWithItsRoleAndRegion() throws Exception {
		JsonNode realm = JsonMapper.builder()
			.build()
			.readTree(Files.readString(LocalPlatform.projectRoot().resolve("keycloak/realm-shuangsuiji.json")));
		for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
			JsonNode user = null;
			for (JsonNode candidate : realm.path("users")) {
				if (demo.username().equals(candidate.path("username").asString())) {
					user = candidate;
				}
			}
			assertThat(user).as(demo.username()).isNotNull();
			assertThat(user.path("realmRoles").toString()).as(demo.username()).contains("\"" + demo.role() + "\"");
			assertThat(user.path("attributes").path("region_code").toString()).as(demo.username())
				.contains(demo.region());
		}
	}

	@Test
	void theServiceListNamesEveryModuleWithItsOwnPort() {
		assertThat(LocalPlatform.SERVICES).extracting(ServiceSpec::port).doesNotHaveDuplicates();
		assertThat(LocalPlatform.SERVICES).extracting(ServiceSpec::name)
			.contains("gateway", "registry-service", "inspection-service", "scoring-service", "evidence-service");
	}

}
