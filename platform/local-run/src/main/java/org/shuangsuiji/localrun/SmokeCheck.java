package org.shuangsuiji.localrun;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.shuangsuiji.platform.infra.keycloak.RunningKeycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a running local platform end to end, as a person with curl would: a demo user's
 * token carries role, region and audience; through the gateway it reaches a protected
 * endpoint; without it the gateway refuses with problem+json; public reads need no login.
 */
final class SmokeCheck {

	static final String GATEWAY = "http://127.0.0.1:8080";

	/** A protected read every city user may make. */
	static final String PROTECTED_PATH = "/api/registry/regions/410700";

	/** An anonymous 一公开 read. */
	static final String PUBLIC_PATH = "/api/public/registry/agencies";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final RunningKeycloak keycloak;

	private int failures;

	SmokeCheck(RunningKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	/** Runs every check, prints each verdict, returns the number that failed. */
	int run() throws Exception {
		String token = this.keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-city", "demo");
		JsonNode claims = JsonMapper.builder()
			.build()
			.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
		check("token of xinxiang-city has realm role city",
				claims.path("realm_access").path("roles").toString().contains("\"city\""));
		check("token of xinxiang-city has region_code 410700", "410700".equals(claims.path("region_code").asString()));
		check("token of xinxiang-city has audience shuangsuiji-api",
				claims.path("aud").toString().contains("shuangsuiji-api"));

		HttpResponse<String> withToken = get(PROTECTED_PATH, token);
		check("GET " + PROTECTED_PATH + " with the token through the gateway is 200 (" + withToken.statusCode() + ")",
				withToken.statusCode() == 200);
		HttpResponse<String> withoutToken = get(PROTECTED_PATH, null);
		check("GET " + PROTECTED_PATH + " without a token is 401 problem+json (" + withoutToken.statusCode() + ")",
				withoutToken.statusCode() == 401 && withoutToken.headers()
					.firstValue("Content-Type")
					.orElse("")
					.startsWith("application/problem+json"));
		HttpResponse<String> open = get(PUBLIC_PATH, null);
		check("GET " + PUBLIC_PATH + " without a token is 200 (" + open.statusCode() + ")", open.statusCode() == 200);
		System.out.println("[smoke] " + (6 - this.failures) + " passed, " + this.failures + " failed");
		return this.failures;
	}

	private void check(String what, boolean ok) {
		System.out.println("[smoke] " + (ok ? "ok   " : "FAIL ") + what);
		if (!ok) {
			this.failures++;
		}
	}

	private static HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
