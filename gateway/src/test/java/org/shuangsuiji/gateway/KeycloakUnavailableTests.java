package org.shuangsuiji.gateway;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.gateway.support.GatewayClient;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.shuangsuiji.gateway.support.GatewayClient.expectProblem;

/**
 * With Keycloak's key set unreachable the gateway still starts and stays ready, and a
 * request with a token gets 503 problem+json, not 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"platform.security.issuer=" + TestJwts.ISSUER, "platform.security.jwk-set-uri=http://127.0.0.1:9/certs" })
class KeycloakUnavailableTests {

	@LocalServerPort
	int port;

	@Test
	void tokenThatCannotBeCheckedGives503Problem() {
		expectProblem(client().get()
			.uri("/api/registry/agencies")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.as(Role.CITY).token())
			.exchange(), HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable").jsonPath("$.detail")
			.isEqualTo("the identity provider (Keycloak) could not be reached to check the token; try again later");
	}

	@Test
	void gatewayStaysReadyWithoutKeycloak() {
		client().get().uri("/readyz").exchange().expectStatus().isOk();
	}

	private WebTestClient client() {
		return GatewayClient.on(this.port);
	}

}
