package org.shuangsuiji.evidence.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

/**
 * What to upload and where, sent through platform-test's {@link TestHttp}. Fixtures read
 * as sentences: {@code upload(inspection, "GATE_PHOTO", region, agency).put(inspector,
 * "gate.jpg", photo)}. Only paths, headers and the multipart framing are built here; the
 * multipart body streams, so a file larger than the heap can be sent.
 */
public final class Upload {

	private final String inspectionId;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private String idempotencyKey;

	private Upload(String inspectionId, String kind, String region, String agencyId) {
		this.inspectionId = inspectionId;
		field("kind", kind);
		field("region", region);
		field("agencyId", agencyId);
	}

	/**
	 * An upload to the inspection (a task id) that leaves region and agency to the task,
	 * as clients do now (ADR 0404).
	 */
	public static Upload upload(String inspectionId, String kind) {
		return new Upload(inspectionId, kind, null, null);
	}

	/**
	 * An upload to the inspection naming region and agency, which must be the task's; a
	 * null field is left out.
	 */
	public static Upload upload(String inspectionId, String kind, String region, String agencyId) {
		return new Upload(inspectionId, kind, region, agencyId);
	}

	/** One more (optional) field. */
	public Upload with(String name, String value) {
		field(name, value);
		return this;
	}

	public Upload idempotencyKey(String key) {
		this.idempotencyKey = key;
		return this;
	}

	/** Raw upload: the body is the file, the fields are query parameters. */
	public Reply put(TestHttp api, String fileName, byte[] content) {
		return put(api, fileName, BodyPublishers.ofByteArray(content));
	}

	public Reply put(TestHttp api, String fileName, BodyPublisher body) {
		String query = this.fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String path = "/api/evidence/inspections/" + this.inspectionId + "/files/"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20") + "?" + query;
		return withIdempotencyKey(api).send("PUT", path, null, body);
	}

	/** multipart/form-data with the fields before the file part. */
	public Reply post(TestHttp api, String fileName, String declaredType, byte[] content) {
		return post(api, fileName, declaredType, new ByteArrayInputStream(content));
	}

	public Reply post(TestHttp api, String fileName, String declaredType, InputStream content) {
		String boundary = "----evidence" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		this.fields.forEach((name, value) -> head.append("--")
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
			.enumeration(List.of(new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)), content,
					new ByteArrayInputStream(tail))));
		return withIdempotencyKey(api).send("POST", "/api/evidence/inspections/" + this.inspectionId + "/files",
				"multipart/form-data; boundary=" + boundary, BodyPublishers.ofInputStream(() -> body));
	}

	private TestHttp withIdempotencyKey(TestHttp api) {
		return (this.idempotencyKey != null) ? api.header("Idempotency-Key", this.idempotencyKey) : api;
	}

	private void field(String name, String value) {
		if (value != null) {
			this.fields.put(name, value);
		}
	}

}
