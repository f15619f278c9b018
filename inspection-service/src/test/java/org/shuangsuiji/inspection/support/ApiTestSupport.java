package org.shuangsuiji.inspection.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a random port against the MongoDB-protocol server, real signed
 * tokens, and registry-service and scoring-service stubbed in their contract's shapes;
 * requests go through the shared {@link TestHttp}. Holds the tokens and the 新乡 plan
 * fixtures the API tests share.
 */
@ServiceTest
public abstract class ApiTestSupport {

	public static final String CITY = "xinxiang-city";

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void stubbedServices(DynamicPropertyRegistry registry) {
		registry.add("spring.http.serviceclient.registry.base-url", () -> StubServices.registry().baseUrl());
		registry.add("spring.http.serviceclient.scoring.base-url", () -> StubServices.scoring().baseUrl());
		registry.add("resilience4j.retry.instances.registry.wait-duration", () -> "10ms");
		registry.add("resilience4j.retry.instances.scoring.wait-duration", () -> "10ms");
	}

	@BeforeEach
	void standardStubs() {
		StubServices.reset();
		resetCircuitBreakers();
	}

	/** Closes the circuit breakers, as their half-open probe would after the wait. */
	protected void resetCircuitBreakers() {
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	/** 新乡市司法局, the organiser of the 新乡 plans. */
	protected static String city() {
		return TestJwts.as(Role.CITY).region("410700").subject(CITY).name("新乡市司法局 张三").bearer();
	}

	protected static String as(Role role, String region) {
		String user = role.realmRole() + "-" + region;
		return TestJwts.as(role).region(region).subject(user).agency((role == Role.AGENCY) ? user : null).bearer();
	}

	protected static String agency(String agencyId, String region) {
		return TestJwts.as(Role.AGENCY).region(region).agency(agencyId).subject("agency-" + agencyId).bearer();
	}

	/** An inspector of the 新乡 pool, signed in as the person {@code personId}. */
	protected static String inspector(String personId) {
		return TestJwts.as(Role.INSPECTOR)
			.region("410700")
			.person(personId)
			.subject("insp-" + personId)
			.name("检查员 " + personId)
			.bearer();
	}

	/** The person ids of a task's team, from a task as the task list answers it. */
	@SuppressWarnings("unchecked")
	protected static List<String> teamOf(Map<String, Object> task) {
		return ((List<Map<String, Object>>) task.get("team")).stream().map((m) -> (String) m.get("personId")).toList();
	}

	/** Someone on another task's team of the same list, not on {@code team}. */
	protected static String strangerTo(List<String> team, List<Map<String, Object>> tasks) {
		return tasks.stream()
			.flatMap((t) -> teamOf(t).stream())
			.filter((p) -> !team.contains(p))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The terms of a 新乡 2024 plan as JSON; {@code sampling} e.g.
	 * {@code Map.of("mode", "ALL")}.
	 */
	protected static Map<String, Object> xinxiangPlan(Map<String, Object> sampling, Map<String, Object> teamRules) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("year", 2024);
		plan.put("title", "2024年度新乡市司法鉴定行业“双随机、一公开”监督检查");
		plan.put("region", "410700");
		plan.put("periodStart", "2024-06-03");
		plan.put("periodEnd", "2024-06-30");
		plan.put("scope", Map.of("region", "410700", "categories", List.of()));
		plan.put("sampling", sampling);
		plan.put("teamRules", teamRules);
		plan.put("weights", List.of());
		plan.put("template", Map.of("templateId", "xinxiang-2024-checklist", "version", 1));
		plan.put("selfInspectionDue", "2024-09-30");
		plan.put("dossierWindowStart", "2023-01-01");
		plan.put("legalBasis", "依据《司法鉴定程序通则》《司法鉴定机构登记管理办法》等法律法规、部门规章和规范性文件。");
		return plan;
	}

	/**
	 * A 新乡 plan of every agency, two inspectors a team, in 2027: a year whose notice
	 * times are still ahead and which the working-day calendar does not cover.
	 */
	protected static Map<String, Object> xinxiangPlanIn2027() {
		Map<String, Object> plan = xinxiangPlan(Map.of("mode", "ALL"), twoInspectors());
		plan.put("year", 2027);
		plan.put("periodStart", "2027-06-01");
		plan.put("periodEnd", "2027-06-30");
		plan.put("selfInspectionDue", "2027-09-30");
		plan.put("dossierWindowStart", "2026-01-01");
		return plan;
	}

	/**
	 * The terms of a plan of every agency of {@code city}, two inspectors a team, in
	 * {@code year} (its period in June, self-inspections due in September).
	 */
	protected static Map<String, Object> cityPlan(String city, int year, String title) {
		Map<String, Object> terms = xinxiangPlan(Map.of("mode", "ALL"), twoInspectors());
		terms.put("year", year);
		terms.put("title", title);
		terms.put("region", city);
		terms.put("scope", Map.of("region", city, "categories", List.of()));
		terms.put("periodStart", year + "-06-01");
		terms.put("periodEnd", year + "-06-30");
		terms.put("selfInspectionDue", year + "-09-30");
		terms.put("dossierWindowStart", (year - 1) + "-01-01");
		return terms;
	}

	protected static Map<String, Object> twoInspectors() {
		return Map.of("inspectorsPerTeam", 2, "expertRequired", false, "excludeSameCounty", false,
				"excludeInspectedLastYear", false);
	}

	/** Creates and publishes a 新乡 plan as the city; returns its id. */
	protected String publishedPlan(Map<String, Object> sampling, Map<String, Object> teamRules) {
		String id = draftPlan(sampling, teamRules);
		body(http(city()).post("/api/inspections/plans/" + id + "/publish"), 200);
		return id;
	}

	/** Creates, publishes and draws {@code plan} as the city; returns its id. */
	protected String drawnPlan(Map<String, Object> plan) {
		String id = read(body(http(city()).post("/api/inspections/plans", plan), 201), "$.id");
		body(http(city()).post("/api/inspections/plans/" + id + "/publish"), 200);
		body(http(city()).post("/api/inspections/plans/" + id + "/draw"), 201);
		return id;
	}

	protected String draftPlan(Map<String, Object> sampling, Map<String, Object> teamRules) {
		String body = body(http(city()).post("/api/inspections/plans", xinxiangPlan(sampling, teamRules)), 201);
		return JsonPath.read(body, "$.id");
	}

	/** The service, sending this bearer token (null for none). */
	protected TestHttp http(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	/** The reply's body as text ("" when empty), after asserting its status. */
	protected static String body(Reply reply, int status) {
		assertThat(reply.status()).as(reply::toString).isEqualTo(status);
		return reply.body();
	}

	protected static <T> T read(String json, String path) {
		return JsonPath.read(json, path);
	}

}
