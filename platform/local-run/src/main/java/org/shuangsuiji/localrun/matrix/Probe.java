package org.shuangsuiji.localrun.matrix;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP as the matrix's callers: tokens by the password grant of the local realm's CLI
 * client (each demo account once), requests to the gateway or a service's own port.
 */
final class Probe {

	static final String GATEWAY = "http://127.0.0.1:8080";

	static final String TOKEN_ENDPOINT = "http://127.0.0.1:8180/realms/shuangsuiji/protocol/openid-connect/token";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BOUNDARY = "----shuangsuiji-matrix";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<Column, String> tokens = new EnumMap<>(Column.class);

	/** An answer: status, content type and body. */
	record Answer(int status, String contentType, byte[] body) {

		JsonNode json() {
			return (this.body.length == 0) ? JSON.nullNode() : JSON.readTree(this.body);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** Signs in every caller with a login once (the tokens live 15 minutes). */
	void signIn() {
		for (Column column : Column.values()) {
			if (column.username() != null) {
				this.tokens.put(column, passwordGrant(column.username()));
			}
		}
	}

	/** A claim of the caller's access token, or "". */
	String claim(Column column, String name) {
		String token = this.tokens.get(column);
		if (token == null) {
			return "";
		}
		byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
		return JSON.readTree(payload).path(name).asString("");
	}

	Answer get(Column column, String url) {
		return send(column, "GET", url, Row.Body.NONE, "");
	}

	/** Sends {@code body}; {@code json} is what a {@link Row.Body#JSON} body sends. */
	Answer send(Column column, String method, String url, Row.Body body, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
		switch (body) {
			case NONE -> request.method(method, HttpRequest.BodyPublishers.noBody());
			case EMPTY_JSON -> request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{}"));
			case MULTIPART_WITHOUT_FILE -> request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.method(method,
						HttpRequest.BodyPublishers.ofString("--" + BOUNDARY
								+ "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nmatrix\r\n--" + BOUNDARY
								+ "--\r\n"));
			case EMPTY_OCTETS -> request.header("Content-Type", "application/octet-stream")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(new byte[0]));
			case JSON -> request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		String token = this.tokens.get(column);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		// the gateway limits each user to 20 requests a second: wait and retry when it
		// says so
		for (int attempt = 0;; attempt++) {
			Answer answer = exchange(request.build());
			if (answer.status() != 429 || attempt == 5) {
				return answer;
			}
			sleep(1000);
		}
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private String passwordGrant(String username) {
		String form = "grant_type=password&client_id=shuangsuiji-cli&password=demo&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8);
		Answer answer = exchange(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (answer.status() != 200) {
			throw new IllegalStateException(
					"Keycloak refused " + username + ": " + answer.status() + " " + answer.text());
		}
		return answer.json().path("access_token").asString();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
