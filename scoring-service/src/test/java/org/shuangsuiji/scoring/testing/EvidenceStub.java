package org.shuangsuiji.scoring.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.test.http.StubServer;

/**
 * evidence-service's {@code GET /api/evidence/inspections/{inspectionId}} as a small real
 * HTTP server, started once per JVM. It answers with the shape of evidence-service's
 * {@code InspectionEvidenceResponse}: the inspection's records in chain order, withdrawn
 * ones included. A call without a bearer token is 401, an inspection marked failing 500;
 * it remembers the token each inspection was last asked with, so a test can see that the
 * caller's token was relayed.
 */
public final class EvidenceStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PREFIX = "/api/evidence/inspections/";

	private static final Map<String, List<Map<String, Object>>> RECORDS = new ConcurrentHashMap<>();

	private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

	private static final StubServer SERVER = new StubServer("evidence-stub", PREFIX, EvidenceStub::handle, 4);

	private EvidenceStub() {
	}

	/** Starts the stub once and returns its base URL. */
	public static String baseUrl() {
		return SERVER.baseUrl();
	}

	/** A photo uploaded to the inspection; returns its id. */
	public static String uploaded(String inspectionId) {
		String id = "ev-" + UUID.randomUUID();
		RECORDS.computeIfAbsent(inspectionId, (key) -> new CopyOnWriteArrayList<>()).add(record(id, inspectionId));
		return id;
	}

	/** A photo uploaded to the inspection and then withdrawn (撤回); returns its id. */
	public static String withdrawn(String inspectionId) {
		String id = uploaded(inspectionId);
		RECORDS.get(inspectionId)
			.stream()
			.filter((record) -> id.equals(record.get("id")))
			.forEach((record) -> record.put("withdrawn", true));
		return id;
	}

	/** From now on the inspection's evidence list is a 500. */
	public static void failing(String inspectionId) {
		FAILING.add(inspectionId);
	}

	/** How many calls asked for the inspection's evidence so far. */
	public static int calls(String inspectionId) {
		return CALLS.computeIfAbsent(inspectionId, (key) -> new AtomicInteger()).get();
	}

	/** The bearer token the inspection's evidence was last asked with, or null. */
	public static String lastToken(String inspectionId) {
		return TOKENS.get(inspectionId);
	}

	private static Map<String, Object> record(String id, String inspectionId) {
		Map<String, Object> record = new ConcurrentHashMap<>();
		record.put("id", id);
		record.put("inspectionId", inspectionId);
		record.put("taskId", inspectionId);
		record.put("kind", "PROCESS_PHOTO");
		record.put("kindName", "检查过程照片");
		record.put("fileName", id + ".jpg");
		record.put("contentType", "image/jpeg");
		record.put("size", 1024);
		record.put("withdrawn", false);
		record.put("flags", List.of());
		return record;
	}

	private static void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String inspectionId = path.substring(PREFIX.length());
			if (!"GET".equals(exchange.getRequestMethod()) || inspectionId.isEmpty() || inspectionId.contains("/")) {
				StubServer.send(exchange, 404, StubServer.problem("not-found", 404));
				return;
			}
			CALLS.computeIfAbsent(inspectionId, (key) -> new AtomicInteger()).incrementAndGet();
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				StubServer.send(exchange, 401, StubServer.problem("unauthorized", 401));
				return;
			}
			TOKENS.put(inspectionId, authorization.substring("Bearer ".length()));
			if (FAILING.contains(inspectionId)) {
				StubServer.send(exchange, 500, StubServer.problem("internal", 500));
				return;
			}
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("inspectionId", inspectionId);
			answer.put("closed", false);
			answer.put("headHash", "0".repeat(64));
			answer.put("records", new ArrayList<>(RECORDS.getOrDefault(inspectionId, List.of())));
			StubServer.send(exchange, 200, JSON.writeValueAsBytes(answer));
		}
	}

}
