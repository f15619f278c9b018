package org.shuangsuiji.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.KeySetServer;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak restarted, unreachable or rotating its signing key under a service (every
 * servlet service verifies tokens through this auto-configuration): a key set this test
 * controls, real signed tokens, and a key refresh period shortened to half a second so
 * that an outage outlasts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakFaultTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@RegisterExtension
	static final KeySetServer keys = KeySetServer.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keySet(DynamicPropertyRegistry properties) {
		keys.trustedBy(properties);
		properties.add("platform.security.jwk-set-refresh", () -> "500ms");
	}

	@Test
	void tokensAlreadyIssuedKeepWorkingWhileKeycloakIsUnreachableLongerThanTheRefreshPeriod() throws Exception {
		String token = keys.bearer(TestJwts.as(Role.CITY));
		assertThat(me(token).statusCode()).isEqualTo(200);

		keys.stop();
		Thread.sleep(1200);

		assertThat(me(token).statusCode()).isEqualTo(200);
		assertThat(me(keys.bearer(TestJwts.as(Role.AGENCY).agency("ag-01"))).statusCode()).isEqualTo(200);
		keys.restart();
		assertThat(me(token).statusCode()).isEqualTo(200);
	}

	@Test
	void aRotatedSigningKeyIsPickedUpWithoutARestart() throws Exception {
		String before = keys.bearer(TestJwts.as(Role.CITY));
		assertThat(me(before).statusCode()).isEqualTo(200);

		keys.rotate();
		String after = keys.bearer(TestJwts.as(Role.CITY).subject("after-rotation"));

		HttpResponse<String> response = me(after);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("after-rotation");
		assertThat(me(before).statusCode()).as("the old key stays published until its tokens expire").isEqualTo(200);
	}

	@Test
	void aTokenOfAnotherKeyIsStillRefusedWhileKeycloakIsDown() throws Exception {
		assertThat(me(keys.bearer(TestJwts.as(Role.CITY))).statusCode()).isEqualTo(200);
		keys.stop();

		HttpResponse<String> forged = me(TestJwts.as(Role.CITY).signedByAnotherKey().bearer());

		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("urn:shuangsuiji:problem:unauthorized");
	}

	private HttpResponse<String> me(String bearer) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/probe/me"))
			.header("Authorization", bearer)
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
