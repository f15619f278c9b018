package org.shuangsuiji.scoring.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

/**
 * inspection-service's {@code GET /api/inspections/tasks/{taskId}/access} as a small real
 * HTTP server (ADR 0404), started once per JVM. It reads the relayed bearer token (only
 * its claims: the signature is the service's business, not this stub's) and answers by
 * the ADR's rules: a team member by {@code person_id} and kind is {@code TEAM} and may
 * answer while the task is checked in, checking or discussing findings; a city or
 * province bureau covering the plan is {@code ORGANISER}; another bureau covering the
 * agency is {@code BUREAU}; the agency's account is {@code AGENCY}; anyone else gets 403,
 * an unknown task 404, a task marked failing 500, a call without a token 401.
 */
public final class InspectionStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ANSWERING = Set.of("CHECKED_IN", "CHECKING", "FINDINGS_DISCUSSED");

	private static final Map<String, Task> TASKS = new ConcurrentHashMap<>();

	private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger CALLS = new AtomicInteger();

	private static HttpServer server;

	private InspectionStub() {
	}

	/** Starts the stub once and returns its base URL. */
	public static synchronized String baseUrl() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot start the inspection-service stub", ex);
			}
			server.createContext("/api/inspections/tasks/", InspectionStub::handle);
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "inspection-stub-stop"));
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * A 新乡 task (checklist v1, plan of 新乡 410700) of an agency in the county, being
	 * checked.
	 */
	public static Task xinxiang(String agencyRegion) {
		return register("410700", agencyRegion, "xinxiang-2024-checklist", 1, 2024);
	}

	/** A 鄂州 task (points table v1, plan of 鄂州 420700), being checked. */
	public static Task ezhou(String agencyRegion) {
		return register("420700", agencyRegion, "ezhou-2025-scoring", 1, 2025);
	}

	/** A task with the given plan region and template, being checked. */
	public static Task register(String planRegion, String agencyRegion, String templateId, int templateVersion,
			int year) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String planId = "plan-" + unique;
		String agencyId = "agency-" + unique;
		Task task = new Task(planId + ":" + agencyId, planId, year, planRegion, agencyId, "测试鉴定所" + unique + "（虚构）",
				agencyRegion, templateId, templateVersion, new String[] { "CHECKING" },
				List.of(new Member("INSPECTOR", "insp-a-" + unique), new Member("INSPECTOR", "insp-b-" + unique),
						new Member("EXPERT", "expert-" + unique)));
		TASKS.put(task.taskId(), task);
		return task;
	}

	/** From now on the task's access answer is a 500. */
	public static void failing(String taskId) {
		FAILING.add(taskId);
	}

	/** How many access calls reached the stub so far. */
	public static int calls() {
		return CALLS.get();
	}

	private static void handle(HttpExchange exchange) throws IOException {
		CALLS.incrementAndGet();
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String prefix = "/api/inspections/tasks/";
			if (!"GET".equals(exchange.getRequestMethod()) || !path.endsWith("/access")) {
				send(exchange, 404, problem("not-found", 404));
				return;
			}
			String taskId = path.substring(prefix.length(), path.length() - "/access".length());
			JsonNode claims = claims(exchange.getRequestHeaders().getFirst("Authorization"));
			if (claims == null) {
				send(exchange, 401, problem("unauthorized", 401));
				return;
			}
			if (FAILING.contains(taskId)) {
				send(exchange, 500, problem("internal", 500));
				return;
			}
			Task task = TASKS.get(taskId);
			if (task == null) {
				send(exchange, 404, problem("task-not-found", 404));
				return;
			}
			String relation = relation(task, claims);
			if (relation == null) {
				send(exchange, 403, problem("out-of-scope", 403));
				return;
			}
			send(exchange, 200, JSON.writeValueAsString(task.answer(relation)));
		}
	}

	private static String relation(Task task, JsonNode claims) {
		List<String> roles = new ArrayList<>();
		claims.path("realm_access").path("roles").forEach((role) -> roles.add(role.asString()));
		String region = claims.path("region_code").asString("");
		String person = claims.path("person_id").asString(null);
		for (Member member : task.team()) {
			if (person != null && member.personId().equals(person)
					&& roles.contains(member.kind().toLowerCase(java.util.Locale.ROOT))) {
				return "TEAM";
			}
		}
		boolean covers = !region.isEmpty() && RegionCode.of(region).covers(RegionCode.of(task.planRegion()));
		if ((roles.contains(Role.PROVINCE.realmRole()) || roles.contains(Role.CITY.realmRole())) && covers) {
			return "ORGANISER";
		}
		boolean bureau = roles.contains(Role.PROVINCE.realmRole()) || roles.contains(Role.CITY.realmRole())
				|| roles.contains(Role.COUNTY.realmRole());
		if (bureau && !region.isEmpty() && RegionCode.of(region).covers(RegionCode.of(task.agencyRegion()))) {
			return "BUREAU";
		}
		if (roles.contains(Role.AGENCY.realmRole()) && task.agencyId().equals(claims.path("agency_id").asString(""))) {
			return "AGENCY";
		}
		return null;
	}

	private static JsonNode claims(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return null;
		}
		String[] parts = authorization.substring("Bearer ".length()).split("\\.");
		if (parts.length != 3) {
			return null;
		}
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

	private static String problem(String type, int status) {
		return "{\"type\":\"urn:shuangsuiji:problem:" + type + "\",\"status\":" + status + "}";
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** One member of a task's team. */
	public record Member(String kind, String personId) {

	}

	/**
	 * A task as the stub keeps it; {@code status} is a one-element array so a test can
	 * move the task on.
	 */
	public record Task(String taskId, String planId, int year, String planRegion, String agencyId, String agencyName,
			String agencyRegion, String templateId, int templateVersion, String[] status, List<Member> team) {

		/** Moves the task to another on-site state (CLOSED, FACT_SHEET_ISSUED …). */
		public Task status(String next) {
			this.status[0] = next;
			return this;
		}

		/** A token of the n-th (0-based) inspector of the team. */
		public String inspector(int n) {
			return member("INSPECTOR", n, Role.INSPECTOR);
		}

		/** A token of the team's expert. */
		public String expert() {
			return member("EXPERT", 0, Role.EXPERT);
		}

		/** A token of an inspector of the plan's city who is not on this team. */
		public String otherInspector() {
			return TestJwts.as(Role.INSPECTOR)
				.region(this.planRegion)
				.subject("inspector-other-" + UUID.randomUUID())
				.person("someone-else-" + UUID.randomUUID())
				.bearer();
		}

		/** A token of the inspected agency's account. */
		public String agency() {
			return TestJwts.as(Role.AGENCY)
				.region(this.agencyRegion)
				.agency(this.agencyId)
				.subject("agency-" + this.agencyId)
				.bearer();
		}

		private String member(String kind, int n, Role role) {
			Member member = this.team.stream().filter((one) -> one.kind().equals(kind)).toList().get(n);
			return TestJwts.as(role)
				.region(this.planRegion)
				.subject(member.personId() + "-account")
				.name(member.personId())
				.person(member.personId())
				.bearer();
		}

		Map<String, Object> answer(String relation) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("taskId", this.taskId);
			answer.put("planId", this.planId);
			answer.put("year", this.year);
			answer.put("planRegion", this.planRegion);
			answer.put("agencyId", this.agencyId);
			answer.put("agencyName", this.agencyName);
			answer.put("agencyRegion", this.agencyRegion);
			answer.put("templateId", this.templateId);
			answer.put("templateVersion", this.templateVersion);
			answer.put("inspectionDate", "2024-06-05");
			answer.put("status", this.status[0]);
			answer.put("team",
					this.team.stream()
						.map((member) -> Map.of("kind", member.kind(), "personId", member.personId(), "name",
								member.personId()))
						.toList());
			answer.put("relation", relation);
			boolean team = "TEAM".equals(relation);
			answer.put("may", Map.of("answer", team && ANSWERING.contains(this.status[0]), "uploadTeamEvidence", team,
					"uploadAgencyEvidence", "AGENCY".equals(relation), "closeEvidence", false));
			return answer;
		}

	}

}
