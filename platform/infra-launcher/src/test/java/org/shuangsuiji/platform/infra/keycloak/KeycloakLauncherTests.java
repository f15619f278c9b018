package org.shuangsuiji.platform.infra.keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Starts the real Keycloak with the project's realm file (about 25 s with a warm cache,
 * about 95 s the first time on 2 cores).
 */
class KeycloakLauncherTests {

	private static RunningKeycloak keycloak;

	@BeforeAll
	static void startKeycloak() {
		keycloak = KeycloakLauncher.shared();
	}

	@Test
	void cityTokenCarriesRoleRegionAudienceAndFixedIssuer() {
		JsonNode claims = Jwts.payload(keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-city", "demo"));

		assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuer());
		assertThat(texts(claims.get("aud"))).contains("shuangsuiji-api");
		assertThat(texts(claims.at("/realm_access/roles"))).contains("city");
		assertThat(claims.get("region_code").asString()).isEqualTo("410700");
		assertThat(claims.get("name").asString()).isEqualTo("新乡市司法局");
		assertThat(claims.get("preferred_username").asString()).isEqualTo("xinxiang-city");
		assertThat(claims.hasNonNull("sub")).isTrue();
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
	}

	@Test
	void agencyTokenCarriesItsAgencyId() {
		JsonNode claims = Jwts.payload(keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-agency-2", "demo"));

		assertThat(texts(claims.at("/realm_access/roles"))).contains("agency");
		assertThat(claims.get("region_code").asString()).isEqualTo("410725");
		assertThat(claims.get("agency_id").asString()).isEqualTo("demo-xx-02");
	}

	@Test
	void inspectorAndExpertTokensCarryTheirRegistryPerson() {
		JsonNode inspector = Jwts.payload(keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-inspector-1", "demo"));
		JsonNode expert = Jwts.payload(keycloak.passwordGrant("shuangsuiji-cli", "ezhou-expert-1", "demo"));

		assertThat(inspector.get("person_id").asString()).isEqualTo("demo-insp-29");
		assertThat(expert.get("person_id").asString()).isEqualTo("demo-exp-11");
	}

	@Test
	void userWithoutPlatformRoleStillGetsRegionButNoPlatformRole() {
		JsonNode claims = Jwts.payload(keycloak.passwordGrant("shuangsuiji-cli", "norole-user", "demo"));

		assertThat(claims.get("region_code").asString()).isEqualTo("410700");
		assertThat(texts(claims.at("/realm_access/roles"))).doesNotContain("province", "city", "county", "inspector",
				"expert", "agency");
	}

	@Test
	void servicesClientGetsAClientCredentialsTokenForTheApiAudience() {
		JsonNode claims = Jwts
			.payload(keycloak.clientCredentialsGrant("shuangsuiji-services", "local-only-services-secret"));

		assertThat(texts(claims.get("aud"))).contains("shuangsuiji-api");
		assertThat(claims.has("region_code")).isFalse();
	}

	@Test
	void wrongPasswordIsRefusedWithKeycloaksError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-city", "wrong"))
			.withMessageContaining("invalid_grant");
	}

	@Test
	void spaClientCannotUsePasswordGrant() {
		assertThatIllegalStateException()
			.isThrownBy(() -> keycloak.passwordGrant("shuangsuiji-spa", "xinxiang-city", "demo"))
			.withMessageContaining("unauthorized_client");
	}

	@Test
	void jwkSetAndHealthAnswer() throws Exception {
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> jwks = http.send(HttpRequest.newBuilder(URI.create(keycloak.jwkSetUri())).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(keycloak.healthReadyUrl())).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(jwks.statusCode()).isEqualTo(200);
		assertThat(jwks.body()).contains("\"keys\"");
		assertThat(health.statusCode()).isEqualTo(200);
	}

	private static java.util.List<String> texts(JsonNode node) {
		if (node == null) {
			return java.util.List.of();
		}
		if (node.isArray()) {
			java.util.List<String> values = new java.util.ArrayList<>();
			node.forEach((value) -> values.add(value.asString()));
			return values;
		}
		return java.util.List.of(node.asString());
	}

}
