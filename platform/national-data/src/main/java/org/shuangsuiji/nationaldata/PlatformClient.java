package org.shuangsuiji.nationaldata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API through the gateway, signed in as a named account of the realm
 * (password grant of the CLI client, a token kept for two minutes).
 */
final class PlatformClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TOKEN_LIFE = Duration.ofMinutes(2);

	private static final int MAX_RATE_LIMITED = 30;

	private long rateLimited;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	private final String tokenEndpoint;

	private final String password;

	private final Map<String, Token> tokens = new HashMap<>();

	PlatformClient(String gateway, String tokenEndpoint, String password) {
		this.gateway = gateway;
		this.tokenEndpoint = tokenEndpoint;
		this.password = password;
	}

	/** A response: status and body. */
	record Reply(int status, byte[] bytes) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		JsonNode json() {
			return (this.bytes.length == 0) ? JSON.nullNode() : JSON.readTree(this.bytes);
		}

		@Override
		public String toString() {
			String body = new String(this.bytes, StandardCharsets.UTF_8);
			return this.status + " " + ((body.length() > 300) ? body.substring(0, 300) + "…" : body);
		}

	}

	Reply get(String user, String path) {
		return send(user, request(path).GET());
	}

	Reply post(String user, String path, Object body) {
		return send(user, jsonPost(path, body));
	}

	/**
	 * One GET timed from send to the last byte, the token fetched before the clock
	 * starts; no retry (the benchmark decides what a 429 means).
	 */
	Timed timedGet(String user, String path) {
		return timed(user, request(path).GET());
	}

	/** One POST with a JSON body, timed as {@link #timedGet}. */
	Timed timedPost(String user, String path, Object body) {
		return timed(user, jsonPost(path, body));
	}

	private HttpRequest.Builder jsonPost(String path, Object body) {
		byte[] bytes = (body == null) ? new byte[0] : JSON.writeValueAsBytes(body);
		return request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
	}

	private Timed timed(String user, HttpRequest.Builder request) {
		if (user != null) {
			request.header("Authorization", "Bearer " + token(user));
		}
		HttpRequest built = request.build();
		long started = System.nanoTime();
		HttpResponse<byte[]> response = exchange(built);
		long nanos = System.nanoTime() - started;
		return new Timed(new Reply(response.statusCode(), response.body()), nanos,
				response.headers().firstValueAsLong("Retry-After").orElse(1));
	}

	/** A timed answer; {@code retryAfterSeconds} as the gateway sent it with a 429. */
	record Timed(Reply reply, long nanos, long retryAfterSeconds) {
	}

	/** A multipart upload of one file as the part named {@code file}. */
	Reply upload(String user, String path, String fileName, String mediaType, byte[] content) {
		String boundary = "----national-data" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(user,
				request(path).timeout(Duration.ofMinutes(5))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.gateway + path)).timeout(Duration.ofSeconds(60));
	}

	private Reply send(String user, HttpRequest.Builder request) {
		if (user != null) {
			request.header("Authorization", "Bearer " + token(user));
		}
		HttpRequest built = request.build();
		HttpResponse<byte[]> response = exchange(built);
		// the gateway's rate limit (per user, per address on public routes): wait as told
		for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED; attempt++) {
			this.rateLimited++;
			pause(response.headers().firstValueAsLong("Retry-After").orElse(1));
			response = exchange(built);
		}
		return new Reply(response.statusCode(), response.body());
	}

	/** How many answers were 429 and waited for (the summary reports it). */
	long rateLimited() {
		return this.rateLimited;
	}

	private static void pause(long seconds) {
		try {
			Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 60))).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private HttpResponse<byte[]> exchange(HttpRequest request) {
		return send(this.http, request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends and waits; a server that does not answer, or an interrupt, ends the run with
	 * an {@link IllegalStateException} naming the address.
	 */
	static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private synchronized String token(String user) {
		Token token = this.tokens.get(user);
		if (token == null || System.nanoTime() > token.expiresAtNanos()) {
			String form = "grant_type=password&client_id=shuangsuiji-cli&username=" + encode(user) + "&password="
					+ encode(this.password);
			HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(this.tokenEndpoint))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			token = new Token(JSON.readTree(response.body()).path("access_token").asString(),
					System.nanoTime() + TOKEN_LIFE.toNanos());
			this.tokens.put(user, token);
		}
		return token.value();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private record Token(String value, long expiresAtNanos) {
	}

}
