package org.shuangsuiji.platform.infra.keycloak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the realm file promises about accounts, read from the file Keycloak imports. */
class RealmFileTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode realm() {
		Path file = KeycloakLauncher.findUpwards(Path.of("").toAbsolutePath(), KeycloakLauncher.REALM_FILE);
		return JSON.readTree(file.toFile());
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountForAWhile() {
		JsonNode realm = realm();
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.path("permanentLockout").asBoolean()).as("a lockout ends by itself").isFalse();
		assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
		assertThat(realm.path("maxFailureWaitSeconds").asInt()).isPositive();
	}

	@Test
	void onlyAdministratorsEditTheNamesAndScopeThatTokensAndAuditTrailsCarry() {
		JsonNode profile = JSON.readTree(realm().path("components")
			.path("org.keycloak.userprofile.UserProfileProvider")
			.path(0)
			.path("config")
			.path("kc.user.profile.config")
			.path(0)
			.asString());
		List<String> userEditable = new ArrayList<>();
		for (JsonNode attribute : profile.path("attributes")) {
			for (JsonNode who : attribute.path("permissions").path("edit")) {
				if ("user".equals(who.asString())) {
					userEditable.add(attribute.path("name").asString());
				}
			}
		}
		assertThat(userEditable).doesNotContain("firstName", "lastName", "region_code", "agency_id", "person_id");
		assertThat(realm().path("editUsernameAllowed").asBoolean()).isFalse();
	}

}
