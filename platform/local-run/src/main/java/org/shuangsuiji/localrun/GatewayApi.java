package org.shuangsuiji.localrun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.shuangsuiji.platform.infra.keycloak.RunningKeycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API through the gateway, as the demo users: each call signs in as the
 * named demo account (password grant of the local realm's CLI client, tokens kept for ten
 * minutes) or goes anonymously when the user is {@code null}.
 */
final class GatewayApi {

	static final String GATEWAY = "http://127.0.0.1:8080";

	private static final Duration TOKEN_LIFE = Duration.ofMinutes(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final RunningKeycloak keycloak;

	private final Map<String, Token> tokens = new HashMap<>();

	GatewayApi(RunningKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	/** A response: the status, the body as text and, when it is JSON, parsed. */
	record Reply(int status, String contentType, byte[] bytes) {

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return (this.bytes.length == 0) ? JSON.nullNode() : JSON.readTree(this.bytes);
		}

		/**
		 * The problem type's last segment (ours are {@code .../problems/<code>}), or "".
		 */
		String problem() {
			if (!this.contentType.contains("json") || this.bytes.length == 0) {
				return "";
			}
			String type = json().path("type").asString("");
			return type.substring(type.lastIndexOf('/') + 1);
		}

		@Override
		public String toString() {
			String body = text();
			return this.status + " " + ((body.length() > 300) ? body.substring(0, 300) + "…" : body);
		}

	}

	Reply get(String user, String path) {
		return send(user, request(path).GET());
	}

	Reply post(String user, String path, Object body) {
		return send(user, json(request(path), "POST", body));
	}

	Reply put(String user, String path, Object body) {
		return send(user, json(request(path), "PUT", body));
	}

	/**
	 * A multipart upload: the form fields, then the file as the part named {@code file}.
	 */
	Reply upload(String user, String path, Map<String, String> fields, String fileName, String mediaType,
			byte[] content) {
		String boundary = "----shuangsuiji" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(user, request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30));
	}

	private static HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
		byte[] bytes = (body == null) ? new byte[0] : JSON.writeValueAsBytes(body);
		return request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
	}

	private Reply send(String user, HttpRequest.Builder request) {
		if (user != null) {
			request.header("Authorization", "Bearer " + token(user));
		}
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("the gateway did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private synchronized String token(String user) {
		Token token = this.tokens.get(user);
		if (token == null || token.expired()) {
			token = new Token(this.keycloak.passwordGrant("shuangsuiji-cli", user, "demo"),
					System.nanoTime() + TOKEN_LIFE.toNanos());
			this.tokens.put(user, token);
		}
		return token.value();
	}

	private record Token(String value, long expiresAtNanos) {

		boolean expired() {
			return System.nanoTime() > this.expiresAtNanos;
		}

	}

}
