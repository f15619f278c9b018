package org.shuangsuiji.gateway.support;

import java.time.Duration;

import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The client the gateway's tests call it with. */
public final class GatewayClient {

	private GatewayClient() {
	}

	/**
	 * A client for the gateway on {@code port}, without pooled keep-alive connections: a
	 * connection the server closed after refusing a body was sometimes reused by the next
	 * test and hung until the response timeout.
	 */
	public static WebTestClient on(int port) {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * Checks that the answer is a problem+json of {@code status} whose type is
	 * {@code urn:shuangsuiji:problem:<type>}; returns the body for further checks.
	 */
	public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status,
			String type) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:shuangsuiji:problem:" + type);
	}

}
