package org.shuangsuiji.platform.test.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * A service's API over real HTTP, as a client would call it. Immutable: every
 * {@code as}/{@code header} call returns a new client, so fixtures read as sentences:
 * {@code api.as(city).post("/api/inspections/plans", plan)}.
 */
public final class TestHttp {

	/** The mapper that request bodies are written with and replies are read with. */
	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private final Map<String, String> headers;

	private TestHttp(String base, Map<String, String> headers) {
		this.base = base;
		this.headers = Map.copyOf(headers);
	}

	/** A client of the server on this loopback port, with no token. */
	public static TestHttp on(int port) {
		return on("http://127.0.0.1:" + port);
	}

	/** A client of the server at this base URL, with no token. */
	public static TestHttp on(String baseUrl) {
		return new TestHttp(baseUrl, Map.of());
	}

	/** The same client, sending this {@code Authorization} value (null for none). */
	public TestHttp as(String bearer) {
		Map<String, String> next = new LinkedHashMap<>(this.headers);
		next.remove("Authorization");
		if (bearer != null) {
			next.put("Authorization", bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer);
		}
		return new TestHttp(this.base, next);
	}

	/** The same client without a token. */
	public TestHttp anonymous() {
		return as(null);
	}

	/** The same client, sending one more header on every request. */
	public TestHttp header(String name, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.headers);
		next.put(name, value);
		return new TestHttp(this.base, next);
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply delete(String path) {
		return send(request(path).DELETE());
	}

	/** POST without a body. */
	public Reply post(String path) {
		return send(request(path).POST(BodyPublishers.noBody()));
	}

	/** POST of a JSON body: a String is sent as it is, anything else is serialized. */
	public Reply post(String path, Object body) {
		return send(json(request(path), "POST", body));
	}

	public Reply put(String path, Object body) {
		return send(json(request(path), "PUT", body));
	}

	public Reply patch(String path, Object body) {
		return send(json(request(path), "PATCH", body));
	}

	/** Any method with a raw body of the given content type (null: no Content-Type). */
	public Reply send(String method, String path, String contentType, BodyPublisher body) {
		HttpRequest.Builder request = request(path);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request.method(method, body));
	}

	/** Any method with raw bytes. */
	public Reply send(String method, String path, String contentType, byte[] body) {
		return send(method, path, contentType, BodyPublishers.ofByteArray(body));
	}

	/** A {@code multipart/form-data} POST of one file part and optional text parts. */
	public Reply upload(String path, Multipart form) {
		return send("POST", path, form.contentType(), form.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		this.headers.forEach(request::header);
		return request;
	}

	private static HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return request.header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofString(text, StandardCharsets.UTF_8));
	}

	private static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A multipart form: text fields and file parts, in order. */
	public static final class Multipart {

		private final String boundary = "----test" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		public Multipart field(String name, String value) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		public Multipart file(String name, String fileName, String contentType, byte[] content) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			this.body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		byte[] body() {
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			copy.writeBytes(this.body.toByteArray());
			copy.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return copy.toByteArray();
		}

		private void write(String text) {
			this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
