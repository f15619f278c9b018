package org.shuangsuiji.evidence.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * inspection-service's {@code GET /api/inspections/tasks/{taskId}/access} (ADR 0404) as a
 * small real HTTP server on a loopback port, started once per test JVM. A test declares a
 * task and what each caller (by the exact bearer token the service must relay) may do
 * with it; an undeclared task answers 404, an undeclared caller 403, as
 * inspection-service does. {@link Extension} points the service's {@code inspection}
 * client at it.
 */
public final class InspectionStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, Task> TASKS = new ConcurrentHashMap<>();

	private static final String PREFIX = "/api/inspections/tasks/";

	private static final String SUFFIX = "/access";

	private static HttpServer server;

	private InspectionStub() {
	}

	public static synchronized String baseUrl() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException("the inspection stub did not start", ex);
			}
			server.createContext(PREFIX, InspectionStub::answer);
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "inspection-stub-stop"));
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * Declares a task of {@code agencyId} in {@code agencyRegion} inspected on
	 * {@code inspectionDate} (may be null); nobody may see it until granted.
	 */
	public static Task task(String taskId, String agencyId, String agencyRegion, LocalDate inspectionDate) {
		Task task = new Task(taskId, agencyId, agencyRegion, inspectionDate);
		TASKS.put(taskId, task);
		return task;
	}

	/**
	 * A task whose every caller is answered as a team member who may upload team evidence
	 * and close: for tests about something else than rights.
	 */
	public static Task openToEveryone(String taskId, String agencyId, String agencyRegion) {
		return task(taskId, agencyId, agencyRegion, null).everyone("TEAM", true, false, true);
	}

	/**
	 * A fresh task id {@code plan-<random>:<agencyId>} open to everyone (see
	 * {@link #openToEveryone}).
	 */
	public static String newOpenTask(String agencyId, String agencyRegion) {
		String taskId = "plan-" + UUID.randomUUID().toString().substring(0, 8) + ":" + agencyId;
		openToEveryone(taskId, agencyId, agencyRegion);
		return taskId;
	}

	private static void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!"GET".equals(exchange.getRequestMethod()) || !path.endsWith(SUFFIX)) {
				send(exchange, 404, problem("not-found", 404));
				return;
			}
			String taskId = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
			Task task = TASKS.get(taskId);
			if (task == null) {
				send(exchange, 404, problem("task-not-found", 404));
				return;
			}
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			task.calls.add((authorization != null) ? authorization : "");
			switch (task.health) {
				case UNREACHABLE -> {
					// Closing the exchange before any header hangs up without an answer,
					// as a
					// dying server or a broken proxy would.
					return;
				}
				case FAILING -> {
					send(exchange, 503, problem("unavailable", 503));
					return;
				}
				case UP -> {
				}
			}
			Grant grant = (authorization != null) ? task.grants.get(authorization) : null;
			grant = (grant != null) ? grant : task.everyone;
			if (grant == null) {
				send(exchange, 403, problem("out-of-scope", 403));
				return;
			}
			send(exchange, 200, JSON.writeValueAsBytes(task.answer(grant)));
		}
	}

	private static byte[] problem(String type, int status) {
		return JSON.writeValueAsBytes(Map.of("type", "urn:shuangsuiji:problem:" + type, "status", status));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders()
			.set("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	/** How the stub answers a task's access calls. */
	enum Health {

		UP, FAILING, UNREACHABLE

	}

	/** One task and who may do what with it. */
	public static final class Task {

		private final String taskId;

		private final String agencyId;

		private final String agencyRegion;

		private final LocalDate inspectionDate;

		private final Map<String, Grant> grants = new ConcurrentHashMap<>();

		private final List<String> calls = new CopyOnWriteArrayList<>();

		private volatile Grant everyone;

		private volatile Health health = Health.UP;

		private Task(String taskId, String agencyId, String agencyRegion, LocalDate inspectionDate) {
			this.taskId = taskId;
			this.agencyId = agencyId;
			this.agencyRegion = agencyRegion;
			this.inspectionDate = inspectionDate;
		}

		/** The caller with this bearer token, in this relation, with these rights. */
		public Task grant(String bearer, String relation, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
				boolean closeEvidence) {
			this.grants.put(authorization(bearer),
					new Grant(relation, uploadTeamEvidence, uploadAgencyEvidence, closeEvidence));
			return this;
		}

		/** A member of the current team during the on-site work. */
		public Task teamMember(String bearer) {
			return grant(bearer, "TEAM", true, false, false);
		}

		/** The organising bureau once the fact sheet is signed: it may close. */
		public Task organiser(String bearer) {
			return grant(bearer, "ORGANISER", false, false, true);
		}

		/** A county bureau covering the agency: reads, nothing else. */
		public Task countyBureau(String bearer) {
			return grant(bearer, "BUREAU", false, false, false);
		}

		/** The inspected agency's account. */
		public Task agency(String bearer) {
			return grant(bearer, "AGENCY", false, true, false);
		}

		/** Every caller not granted otherwise. */
		public Task everyone(String relation, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
				boolean closeEvidence) {
			this.everyone = new Grant(relation, uploadTeamEvidence, uploadAgencyEvidence, closeEvidence);
			return this;
		}

		/** Answers normally again. */
		public Task answering() {
			this.health = Health.UP;
			return this;
		}

		/** Answers 503 to every call from now on. */
		public Task failing() {
			this.health = Health.FAILING;
			return this;
		}

		/** Hangs up on every call from now on. */
		public Task unreachable() {
			this.health = Health.UNREACHABLE;
			return this;
		}

		/** The Authorization headers of the calls received for this task, in order. */
		public List<String> calls() {
			return List.copyOf(this.calls);
		}

		private Map<String, Object> answer(Grant grant) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("taskId", this.taskId);
			answer.put("planId", this.taskId.contains(":") ? this.taskId.substring(0, this.taskId.indexOf(':')) : null);
			answer.put("year", 2024);
			answer.put("planRegion", this.agencyRegion.substring(0, 4) + "00");
			answer.put("agencyId", this.agencyId);
			answer.put("agencyName", "示例司法鉴定所（虚构）");
			answer.put("agencyRegion", this.agencyRegion);
			answer.put("templateId", "xinxiang-2024-checklist");
			answer.put("templateVersion", 1);
			answer.put("inspectionDate", (this.inspectionDate != null) ? this.inspectionDate.toString() : null);
			answer.put("status", "CHECKING");
			answer.put("team", List.of(Map.of("kind", "INSPECTOR", "personId", "demo-insp-29", "name", "检查员（虚构）")));
			answer.put("relation", grant.relation());
			answer.put("may",
					Map.of("answer", grant.uploadTeamEvidence(), "uploadTeamEvidence", grant.uploadTeamEvidence(),
							"uploadAgencyEvidence", grant.uploadAgencyEvidence(), "closeEvidence",
							grant.closeEvidence()));
			return answer;
		}

		private static String authorization(String bearer) {
			return bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer;
		}

	}

	private record Grant(String relation, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
			boolean closeEvidence) {
	}

	/**
	 * Points the service under test at the stub before its context starts (system
	 * properties, like platform-test's infrastructure), with short retry waits.
	 */
	public static class Extension implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			System.setProperty("spring.http.serviceclient.inspection.base-url", baseUrl());
			System.setProperty("resilience4j.retry.instances.inspection.wait-duration", "10ms");
		}

	}

}
