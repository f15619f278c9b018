package org.shuangsuiji.platform.test.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.StubServer;

/**
 * inspection-service's {@code GET /api/inspections/tasks/{taskId}/access} (ADR 0404) as a
 * small real HTTP server on a loopback port, started once per test JVM; {@link Extension}
 * points the service's {@code inspection} client at it.
 * <p>
 * A call without a bearer token is 401, an unknown task 404. A known task answers the
 * caller in one of two ways:
 * <ul>
 * <li>by grant ({@link #task}): the exact bearer token the service relays, or everyone,
 * is given a relation and rights; anyone else gets 403;</li>
 * <li>by the ADR's rules ({@link #register}, {@link #xinxiang}, {@link #ezhou}), read
 * from the token's claims (not its signature: that is the service's business): a team
 * member by {@code person_id} and kind is {@code TEAM} and may answer while the task is
 * checked in, checking or discussing findings; a city or province bureau covering the
 * plan is {@code ORGANISER}; another bureau covering the agency is {@code BUREAU}; the
 * agency's account is {@code AGENCY}; anyone else gets 403.</li>
 * </ul>
 */
public final class InspectionStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ANSWERING = Set.of("CHECKED_IN", "CHECKING", "FINDINGS_DISCUSSED");

	private static final String PREFIX = "/api/inspections/tasks/";

	private static final String SUFFIX = "/access";

	private static final Map<String, Task> TASKS = new ConcurrentHashMap<>();

	private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger CALLS = new AtomicInteger();

	private static final StubServer SERVER = new StubServer("inspection-stub", PREFIX, InspectionStub::answer, 8);

	private InspectionStub() {
	}

	/** Starts the stub once and returns its base URL. */
	public static String baseUrl() {
		return SERVER.baseUrl();
	}

	/**
	 * Declares a task of {@code agencyId} in {@code agencyRegion} inspected on
	 * {@code inspectionDate} (may be null), answered by grant: nobody may see it until
	 * granted.
	 */
	public static Task task(String taskId, String agencyId, String agencyRegion, LocalDate inspectionDate) {
		String planId = taskId.contains(":") ? taskId.substring(0, taskId.indexOf(':')) : null;
		Task task = new Task(taskId, planId, 2024, agencyRegion.substring(0, 4) + "00", agencyId, "示例司法鉴定所（虚构）",
				agencyRegion, "xinxiang-2024-checklist", 1, inspectionDate,
				List.of(new Member("INSPECTOR", "demo-insp-29", "检查员（虚构）")), false);
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

	/**
	 * A 新乡 task (checklist v1, plan of 新乡 410700) of an agency in the county, being
	 * checked, answered by the ADR's rules.
	 */
	public static Task xinxiang(String agencyRegion) {
		return register("410700", agencyRegion, "xinxiang-2024-checklist", 1, 2024);
	}

	/** A 鄂州 task (points table v1, plan of 鄂州 420700), being checked. */
	public static Task ezhou(String agencyRegion) {
		return register("420700", agencyRegion, "ezhou-2025-scoring", 1, 2025);
	}

	/**
	 * A task with the given plan region and template, being checked, answered by the
	 * ADR's rules; a fresh plan, agency and team (two inspectors, one expert).
	 */
	public static Task register(String planRegion, String agencyRegion, String templateId, int templateVersion,
			int year) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String planId = "plan-" + unique;
		String agencyId = "agency-" + unique;
		List<Member> team = List.of(new Member("INSPECTOR", "insp-a-" + unique),
				new Member("INSPECTOR", "insp-b-" + unique), new Member("EXPERT", "expert-" + unique));
		Task task = new Task(planId + ":" + agencyId, planId, year, planRegion, agencyId, "测试鉴定所" + unique + "（虚构）",
				agencyRegion, templateId, templateVersion, LocalDate.of(2024, 6, 5), team, true);
		TASKS.put(task.taskId(), task);
		return task;
	}

	/** From now on the task's access answer is a 500, known task or not. */
	public static void failing(String taskId) {
		FAILING.add(taskId);
	}

	/** How many access calls reached the stub so far. */
	public static int calls() {
		return CALLS.get();
	}

	private static void answer(HttpExchange exchange) throws IOException {
		CALLS.incrementAndGet();
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!"GET".equals(exchange.getRequestMethod()) || !path.endsWith(SUFFIX)) {
				StubServer.send(exchange, 404, StubServer.problem("not-found", 404));
				return;
			}
			String taskId = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				StubServer.send(exchange, 401, StubServer.problem("unauthorized", 401));
				return;
			}
			if (FAILING.contains(taskId)) {
				StubServer.send(exchange, 500, StubServer.problem("internal", 500));
				return;
			}
			Task task = TASKS.get(taskId);
			if (task == null) {
				StubServer.send(exchange, 404, StubServer.problem("task-not-found", 404));
				return;
			}
			task.calls.add(authorization);
			switch (task.health) {
				case UNREACHABLE -> {
					// Closing the exchange before any header hangs up without an answer,
					// as a dying server or a broken proxy would.
					return;
				}
				case FAILING -> {
					StubServer.send(exchange, 503, StubServer.problem("unavailable", 503));
					return;
				}
				case UP -> {
				}
			}
			Grant grant = task.grantOf(authorization);
			if (grant == null) {
				StubServer.send(exchange, 403, StubServer.problem("out-of-scope", 403));
				return;
			}
			StubServer.send(exchange, 200, JSON.writeValueAsBytes(task.answer(grant)));
		}
	}

	/** How the stub answers a task's access calls. */
	enum Health {

		UP, FAILING, UNREACHABLE

	}

	/** One member of a task's team. */
	public record Member(String kind, String personId, String name) {

		public Member(String kind, String personId) {
			this(kind, personId, personId);
		}

	}

	private record Grant(String relation, boolean answer, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
			boolean closeEvidence) {
	}

	/** One task and who may do what with it. */
	public static final class Task {

		private final String taskId;

		private final String planId;

		private final int year;

		private final String planRegion;

		private final String agencyId;

		private final String agencyName;

		private final String agencyRegion;

		private final String templateId;

		private final int templateVersion;

		private final LocalDate inspectionDate;

		private final List<Member> team;

		private final boolean byClaims;

		private final Map<String, Grant> grants = new ConcurrentHashMap<>();

		private final List<String> calls = new CopyOnWriteArrayList<>();

		private volatile String status = "CHECKING";

		private volatile Grant everyone;

		private volatile Health health = Health.UP;

		private Task(String taskId, String planId, int year, String planRegion, String agencyId, String agencyName,
				String agencyRegion, String templateId, int templateVersion, LocalDate inspectionDate,
				List<Member> team, boolean byClaims) {
			this.taskId = taskId;
			this.planId = planId;
			this.year = year;
			this.planRegion = planRegion;
			this.agencyId = agencyId;
			this.agencyName = agencyName;
			this.agencyRegion = agencyRegion;
			this.templateId = templateId;
			this.templateVersion = templateVersion;
			this.inspectionDate = inspectionDate;
			this.team = team;
			this.byClaims = byClaims;
		}

		public String taskId() {
			return this.taskId;
		}

		public String planId() {
			return this.planId;
		}

		public String planRegion() {
			return this.planRegion;
		}

		public String agencyId() {
			return this.agencyId;
		}

		public String agencyName() {
			return this.agencyName;
		}

		public String agencyRegion() {
			return this.agencyRegion;
		}

		public List<Member> team() {
			return this.team;
		}

		/** Moves the task to another on-site state (CLOSED, FACT_SHEET_ISSUED …). */
		public Task status(String next) {
			this.status = next;
			return this;
		}

		/** The caller with this bearer token, in this relation, with these rights. */
		public Task grant(String bearer, String relation, boolean uploadTeamEvidence, boolean uploadAgencyEvidence,
				boolean closeEvidence) {
			this.grants.put(authorization(bearer),
					new Grant(relation, uploadTeamEvidence, uploadTeamEvidence, uploadAgencyEvidence, closeEvidence));
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
			this.everyone = new Grant(relation, uploadTeamEvidence, uploadTeamEvidence, uploadAgencyEvidence,
					closeEvidence);
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

		private Grant grantOf(String authorization) {
			Grant granted = this.grants.get(authorization);
			if (granted != null) {
				return granted;
			}
			if (this.byClaims) {
				String relation = relation(claims(authorization));
				if (relation == null) {
					return null;
				}
				boolean team = "TEAM".equals(relation);
				return new Grant(relation, team && ANSWERING.contains(this.status), team, "AGENCY".equals(relation),
						false);
			}
			return this.everyone;
		}

		private String relation(JsonNode claims) {
			if (claims == null) {
				return null;
			}
			List<String> roles = new ArrayList<>();
			claims.path("realm_access").path("roles").forEach((role) -> roles.add(role.asString()));
			String region = claims.path("region_code").asString("");
			String person = claims.path("person_id").asString(null);
			for (Member member : this.team) {
				if (person != null && member.personId().equals(person)
						&& roles.contains(member.kind().toLowerCase(Locale.ROOT))) {
					return "TEAM";
				}
			}
			boolean organiser = roles.contains(Role.PROVINCE.realmRole()) || roles.contains(Role.CITY.realmRole());
			if (organiser && covers(region, this.planRegion)) {
				return "ORGANISER";
			}
			if ((organiser || roles.contains(Role.COUNTY.realmRole())) && covers(region, this.agencyRegion)) {
				return "BUREAU";
			}
			if (roles.contains(Role.AGENCY.realmRole())
					&& this.agencyId.equals(claims.path("agency_id").asString(""))) {
				return "AGENCY";
			}
			return null;
		}

		private static boolean covers(String region, String other) {
			return !region.isEmpty() && RegionCode.of(region).covers(RegionCode.of(other));
		}

		private static JsonNode claims(String authorization) {
			String[] parts = authorization.substring("Bearer ".length()).split("\\.");
			if (parts.length != 3) {
				return null;
			}
			return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		}

		private Map<String, Object> answer(Grant grant) {
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
			answer.put("inspectionDate", (this.inspectionDate != null) ? this.inspectionDate.toString() : null);
			answer.put("status", this.status);
			answer.put("team", this.team.stream()
				.map((member) -> Map.of("kind", member.kind(), "personId", member.personId(), "name", member.name()))
				.toList());
			answer.put("relation", grant.relation());
			answer.put("may", Map.of("answer", grant.answer(), "uploadTeamEvidence", grant.uploadTeamEvidence(),
					"uploadAgencyEvidence", grant.uploadAgencyEvidence(), "closeEvidence", grant.closeEvidence()));
			return answer;
		}

		private static String authorization(String bearer) {
			return bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer;
		}

	}

	/**
	 * Points the service under test at the stub before its context starts (system
	 * properties, like platform-test's infrastructure). Retries wait briefly, and the
	 * circuit breaker gets a window the whole suite cannot fill with the few failures the
	 * tests provoke on purpose, so one test's 503 never opens it for another.
	 */
	public static class Extension implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			System.setProperty("spring.http.serviceclient.inspection.base-url", baseUrl());
			System.setProperty("resilience4j.retry.instances.inspection.wait-duration", "10ms");
			System.setProperty("resilience4j.circuitbreaker.instances.inspection.minimum-number-of-calls", "100000");
			System.setProperty("resilience4j.circuitbreaker.instances.inspection.sliding-window-size", "100000");
		}

	}

}
