package org.shuangsuiji.registry.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service over loopback HTTP as a real client would. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public Response get(String path, String bearer) {
		return send(builder(path, bearer).GET().build());
	}

	public Response post(String path, String bearer, Object body) {
		return send(builder(path, bearer).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.build());
	}

	public Response put(String path, String bearer, Object body) {
		return send(builder(path, bearer).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body)))
			.build());
	}

	/** A multipart upload of one part named {@code file}. */
	public Response upload(String path, String bearer, String fileName, String contentType, byte[] content) {
		String boundary = "----registry" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(builder(path, bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public byte[] download(String path, String bearer) {
		try {
			HttpResponse<byte[]> response = HTTP.send(builder(path, bearer).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("download " + path + " gave " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder builder(String path, String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (bearer != null) {
			builder.header("Authorization", bearer);
		}
		return builder;
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status HTTP status
	 * @param body body text
	 * @param contentType the Content-Type header
	 */
	public record Response(int status, String body, String contentType) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
