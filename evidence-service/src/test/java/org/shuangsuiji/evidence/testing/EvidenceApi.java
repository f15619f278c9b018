package org.shuangsuiji.evidence.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/**
 * The evidence API as a client sees it, over real HTTP with real signed tokens. Fixtures
 * read as sentences: {@code api.as(inspector).upload(...)}.
 */
public final class EvidenceApi {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String bearer;

	private EvidenceApi(String base, String bearer) {
		this.base = base;
		this.bearer = bearer;
	}

	public static EvidenceApi on(int port) {
		return new EvidenceApi("http://127.0.0.1:" + port, null);
	}

	/** The same API with a caller's token. */
	public EvidenceApi as(String bearer) {
		return new EvidenceApi(this.base, bearer);
	}

	public EvidenceApi anonymous() {
		return new EvidenceApi(this.base, null);
	}

	/** A token of the role in the region, with a user id unique to the test. */
	public static String token(Role role, String region) {
		return TestJwts.as(role).region(region).subject(role.realmRole() + "-" + UUID.randomUUID()).bearer();
	}

	public static String agencyToken(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

	/** What to upload and where. */
	public static Upload upload(String inspectionId, String kind, String region, String agencyId) {
		return new Upload(inspectionId, kind, region, agencyId);
	}

	public Reply put(Upload upload, String fileName, byte[] content) {
		return put(upload, fileName, HttpRequest.BodyPublishers.ofByteArray(content), Map.of());
	}

	public Reply put(Upload upload, String fileName, HttpRequest.BodyPublisher body, Map<String, String> headers) {
		String query = upload.fields()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String path = "/api/evidence/inspections/" + upload.inspectionId + "/files/"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20") + "?" + query;
		HttpRequest.Builder request = request(path).PUT(body);
		headers.forEach(request::header);
		if (upload.idempotencyKey != null) {
			request.header("Idempotency-Key", upload.idempotencyKey);
		}
		return send(request);
	}

	/** multipart/form-data with the fields before the file part. */
	public Reply post(Upload upload, String fileName, String declaredType, byte[] content) {
		return post(upload, fileName, declaredType, new java.io.ByteArrayInputStream(content));
	}

	public Reply post(Upload upload, String fileName, String declaredType, InputStream content) {
		String boundary = "----evidence" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		upload.fields()
			.forEach((name, value) -> head.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(name)
				.append("\"\r\n\r\n")
				.append(value)
				.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: ")
			.append(declaredType)
			.append("\r\n\r\n");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		InputStream body = new SequenceInputStream(Collections
			.enumeration(List.of(new java.io.ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)),
					content, new java.io.ByteArrayInputStream(tail))));
		HttpRequest.Builder request = request("/api/evidence/inspections/" + upload.inspectionId + "/files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
		if (upload.idempotencyKey != null) {
			request.header("Idempotency-Key", upload.idempotencyKey);
		}
		return send(request);
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
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

	/** Upload fields; {@code with} adds optional ones. */
	public static final class Upload {

		private final String inspectionId;

		private final Map<String, String> fields = new LinkedHashMap<>();

		private String idempotencyKey;

		Upload(String inspectionId, String kind, String region, String agencyId) {
			this.inspectionId = inspectionId;
			put("kind", kind);
			put("region", region);
			put("agencyId", agencyId);
		}

		private void put(String name, String value) {
			if (value != null) {
				this.fields.put(name, value);
			}
		}

		public Upload with(String name, String value) {
			put(name, value);
			return this;
		}

		public Upload idempotencyKey(String key) {
			this.idempotencyKey = key;
			return this;
		}

		Map<String, String> fields() {
			return this.fields;
		}

	}

	/** A response. */
	public record Reply(int status, Map<String, List<String>> headers, byte[] body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The problem type's slug of a problem+json answer. */
		public String problemType() {
			return json().path("type").asString().replace("urn:shuangsuiji:problem:", "");
		}

		public String json(String field) {
			return json().path(field).asString();
		}

		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
			return fields;
		}

		public byte[] bytes() {
			return this.body;
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

	/** Reads a stream fully; for tests only. */
	public static byte[] readAll(InputStream in) {
		try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
