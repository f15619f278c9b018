package org.shuangsuiji.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.gateway.support.GatewayClient;
import org.shuangsuiji.gateway.support.StubService;
import org.shuangsuiji.platform.infra.keycloak.KeycloakLauncher;
import org.shuangsuiji.platform.infra.keycloak.RunningKeycloak;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.gateway.support.GatewayClient.expectProblem;

/**
 * The gateway against the real Keycloak (started once per JVM from the Maven-downloaded
 * distribution with the project's realm file) and the demo users of that realm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewaySecurityIntegrationTests {

	private static final String CLI = "shuangsuiji-cli";

	private static final StubService registry = StubService.start();

	@LocalServerPort
	int port;

	WebTestClient client;

	@DynamicPropertySource
	static void keycloakAndServices(DynamicPropertyRegistry properties) {
		RunningKeycloak keycloak = KeycloakLauncher.shared();
		properties.add("platform.security.issuer", keycloak::issuer);
		properties.add("platform.security.jwk-set-uri", keycloak::jwkSetUri);
		properties.add("REGISTRY_URL", registry::url);
		// Nothing listens on port 9 (discard) on loopback: a service that is down.
		properties.add("INSPECTION_URL", () -> "http://127.0.0.1:9");
	}

	@AfterAll
	static void stopRegistry() {
		registry.close();
	}

	@BeforeEach
	void client() {
		this.client = GatewayClient.on(this.port);
		registry.reset();
	}

	@Test
	void requestWithoutTokenIsRefusedWithProblem401() {
		expectProblem(this.client.get().uri("/api/registry/agencies").exchange(), HttpStatus.UNAUTHORIZED,
				"unauthorized")
			.jsonPath("$.title")
			.isEqualTo("Unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401);
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void tamperedTokenIsRefusedWithProblem401() {
		String token = password("xinxiang-city");
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"region_code\":\"410700\"");
		String widened = payload.replace("\"region_code\":\"410700\"", "\"region_code\":\"410000\"");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(widened.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];

		expectProblem(get("/api/registry/agencies", tampered), HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void userWithoutAPlatformRoleIsForbiddenWithProblem403() {
		expectProblem(get("/api/registry/agencies", password("norole-user")), HttpStatus.FORBIDDEN, "forbidden")
			.jsonPath("$.status")
			.isEqualTo(403);
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void cityBureauReachesTheRegistryWithItsToken() {
		String token = password("xinxiang-city");

		get("/api/registry/agencies", token).expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);

		assertThat(registry.last().uri()).isEqualTo("/api/registry/agencies");
		assertThat(registry.last().header("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void agencyAccountReachesTheRegistryToo() {
		get("/api/registry/agencies/demo-xx-01", password("xinxiang-agency-1")).expectStatus().isOk();
	}

	@Test
	void serviceAccountTokenWithoutRegionIsRefused() {
		String token = KeycloakLauncher.shared()
			.clientCredentialsGrant("shuangsuiji-services", "local-only-services-secret");

		get("/api/registry/agencies", token).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("region_code"));
	}

	@Test
	void serviceThatIsDownGives503Problem() {
		expectProblem(get("/api/inspections/plans", password("xinxiang-city")), HttpStatus.SERVICE_UNAVAILABLE,
				"dependency-unavailable")
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("inspection-service"));
	}

	private static String password(String username) {
		return KeycloakLauncher.shared().passwordGrant(CLI, username, "demo");
	}

	private WebTestClient.ResponseSpec get(String uri, String token) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
