package org.shuangsuiji.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
	void theServiceListNamesEveryModuleWithItsOwnPortAndManagementPort() {
		assertThat(LocalPlatform.SERVICES).flatExtracting(ServiceSpec::port, ServiceSpec::managementPort)
			.doesNotHaveDuplicates();
		assertThat(LocalPlatform.SERVICES).extracting(ServiceSpec::name)
			.contains("gateway", "registry-service", "inspection-service", "scoring-service", "evidence-service");
	}

	@Test
	void everyProcessListensOnLoopbackButTheGatewayWhenGatewayAddressIsSet() {
		ServiceSpec gateway = LocalPlatform.SERVICES.stream()
			.filter((s) -> s.name().equals("gateway"))
			.findFirst()
			.get();
		ServiceSpec registry = LocalPlatform.SERVICES.get(0);
		Map<String, String> open = Map.of("GATEWAY_ADDRESS", "0.0.0.0");

		assertThat(LocalPlatform.address(gateway, Map.of())).isEqualTo("127.0.0.1");
		assertThat(LocalPlatform.address(registry, Map.of())).isEqualTo("127.0.0.1");
		assertThat(LocalPlatform.address(gateway, open)).isEqualTo("0.0.0.0");
		assertThat(LocalPlatform.address(registry, open)).isEqualTo("127.0.0.1");
	}

}
