package org.shuangsuiji.platform.test.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A response as the client saw it.
 *
 * @param status the HTTP status
 * @param headers the response headers (names in lower case, as HTTP/1.1 allows)
 * @param bytes the body
 */
public record Reply(int status, Map<String, List<String>> headers, byte[] bytes) {

	private static final String PROBLEM = "urn:shuangsuiji:problem:";

	/** The body as UTF-8 text. */
	public String body() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	public JsonNode json() {
		return TestHttp.JSON.readTree(this.bytes);
	}

	/** One text field of a JSON body, or null when it is absent. */
	public String json(String field) {
		JsonNode value = json().get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** The first value of a header, or null. */
	public String header(String name) {
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
				return header.getValue().get(0);
			}
		}
		return null;
	}

	public String contentType() {
		String value = header("Content-Type");
		return (value != null) ? value : "";
	}

	public String location() {
		return header("Location");
	}

	/**
	 * The slug of a problem+json {@code type} ({@code urn:shuangsuiji:problem:<slug>}).
	 */
	public String problemType() {
		return json().path("type").asString().replace(PROBLEM, "");
	}

	/** The {@code field} of every entry in a problem's {@code errors}. */
	public List<String> errorFields() {
		List<String> fields = new ArrayList<>();
		json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	@Override
	public String toString() {
		return this.status + " " + body();
	}

}
