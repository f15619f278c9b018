package org.shuangsuiji.scoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/**
 * The scoring API over real HTTP with real signed tokens. Fixtures read as sentences:
 * {@code api.as(inspector("410700")).put("/api/scoring/sheets/…", body)}.
 */
public final class ScoringApi {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String bearer;

	private ScoringApi(String base, String bearer) {
		this.base = base;
		this.bearer = bearer;
	}

	public static ScoringApi on(int port) {
		return new ScoringApi("http://127.0.0.1:" + port, null);
	}

	public ScoringApi as(String bearer) {
		return new ScoringApi(this.base, bearer);
	}

	public ScoringApi anonymous() {
		return new ScoringApi(this.base, null);
	}

	/** A token of the role in the region, for a user unique to the test. */
	public static String token(Role role, String region) {
		return TestJwts.as(role).region(region).subject(role.realmRole() + "-" + UUID.randomUUID()).bearer();
	}

	/** A token for a named user (to act as the same inspector twice). */
	public static String token(Role role, String region, String userId) {
		return TestJwts.as(role).region(region).subject(userId).name(userId).bearer();
	}

	public static String agency(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
	}

	public Reply put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.bearer != null) {
			request.header("Authorization", this.bearer);
		}
		return request;
	}

	private static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, content type, location and body. */
	public record Reply(int status, String contentType, String location, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The problem {@code type} slug of a problem+json body. */
		public String problemType() {
			return json().path("type").asString().replace("urn:shuangsuiji:problem:", "");
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
