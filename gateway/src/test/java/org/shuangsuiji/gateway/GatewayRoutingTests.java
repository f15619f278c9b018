package org.shuangsuiji.gateway;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsuiji.gateway.support.GatewayClient;
import org.shuangsuiji.gateway.support.StubService;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.gateway.support.GatewayClient.expectProblem;

/**
 * The whole gateway on a random port with stand-in services on the JDK's HTTP server and
 * tokens signed by a test key (real signature checks; no Keycloak needed). The same wall
 * against the real Keycloak is in GatewaySecurityIntegrationTests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTests {

	private static final StubService registry = StubService.start();

	private static final StubService evidence = StubService.start();

	private static final StubService slowScoring = StubService.slow(Duration.ofSeconds(3));

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	WebTestClient client;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		properties.add("platform.security.issuer", () -> TestJwts.ISSUER);
		properties.add("platform.security.jwk-set-uri", TestJwts::jwkSetUri);
		properties.add("REGISTRY_URL", registry::url);
		properties.add("EVIDENCE_URL", evidence::url);
		properties.add("SCORING_URL", slowScoring::url);
		// Nothing listens on port 9 (discard) on loopback: a service that is down.
		properties.add("INSPECTION_URL", () -> "http://127.0.0.1:9");
		properties.add("DOWNSTREAM_TIMEOUT", () -> "1s");
		properties.add("gateway.rate-limit.burst", () -> "100000");
		properties.add("management.tracing.sampling.probability", () -> "1.0");
	}

	@AfterAll
	static void stopServices() {
		registry.close();
		evidence.close();
		slowScoring.close();
	}

	@BeforeEach
	void client() {
		this.client = GatewayClient.on(this.port);
		registry.reset();
		evidence.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "province", "city", "county", "inspector", "expert", "agency" })
	void everyPlatformRoleReachesTheServices(String role) {
		// an agency account's token always names its agency (a token without is refused)
		String token = TestJwts.withRealmRoles(role).agency("agency".equals(role) ? "agency-1" : null).token();
		get("/api/registry/agencies", token).expectStatus().isOk();
		get("/api/evidence/files/1", token).expectStatus().isOk();

		assertThat(registry.last().uri()).isEqualTo("/api/registry/agencies");
		assertThat(evidence.last().uri()).isEqualTo("/api/evidence/files/1");
	}

	@Test
	void forwardsPathQueryAndTokenUnchangedWithTraceContext() {
		String token = TestJwts.as(Role.CITY).token();

		get("/api/registry/agencies?region=410700&page=1", token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("stub");

		StubService.Received received = registry.last();
		assertThat(received.uri()).isEqualTo("/api/registry/agencies?region=410700&page=1");
		assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void requestWithoutTokenIsRefusedWithProblem401() {
		WebTestClient.ResponseSpec response = this.client.get().uri("/api/registry/agencies").exchange();
		response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthorized").jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo("/api/registry/agencies");
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void tokenSignedByAnotherKeyIsRefused() {
		expectUnauthorized(TestJwts.as(Role.CITY).signedByAnotherKey().token());
	}

	@Test
	void expiredTokenIsRefused() {
		expectUnauthorized(TestJwts.as(Role.CITY).expired().token());
	}

	@Test
	void tokenForAnotherAudienceIsRefused() {
		expectUnauthorized(TestJwts.as(Role.CITY).audience("other-api").token()).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("shuangsuiji-api"));
	}

	@Test
	void tokenWithoutRegionIsRefused() {
		expectUnauthorized(TestJwts.as(Role.CITY).withoutRegion().token()).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("region_code"));
	}

	@Test
	void tokenWithAMalformedRegionIsRefused() {
		expectUnauthorized(TestJwts.as(Role.CITY).region("41-07").token());
	}

	@Test
	void tokenWithoutAPlatformRoleIsForbidden() {
		expectProblem(
				get("/api/inspections/plans", TestJwts.withRealmRoles("offline_access", "uma_authorization").token()),
				HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void publicReadsNeedNoTokenAndIgnoreABadOne() {
		this.client.get().uri("/api/public/registry/agencies").exchange().expectStatus().isOk();
		get("/api/public/registry/agencies", "not-a-jwt").expectStatus().isOk();

		assertThat(registry.received()).hasSize(2);
	}

	@Test
	void serviceThatIsDownGives503ProblemNamingIt() {
		expectProblem(get("/api/inspections/plans", TestJwts.as(Role.CITY).token()), HttpStatus.SERVICE_UNAVAILABLE,
				"dependency-unavailable")
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.isEqualTo("inspection-service is unavailable; try again later")
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void publicReadOfAServiceThatIsDownGives503Too() {
		this.client.get()
			.uri("/api/public/inspections/plans")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:shuangsuiji:problem:dependency-unavailable");
	}

	@Test
	void serviceThatDoesNotAnswerInTimeGives503() {
		get("/api/scoring/templates", TestJwts.as(Role.CITY).token()).expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("scoring-service did not answer in time; try again later");
	}

	@Test
	void bodyDeclaredOverTheRouteLimitIsRefusedWith413() {
		expectProblem(post("/api/registry/imports", new byte[3 * 1024 * 1024]), HttpStatus.CONTENT_TOO_LARGE,
				"payload-too-large")
			.jsonPath("$.detail")
			.isEqualTo("the request body exceeds the 2 MB this route accepts");
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void evidenceRouteAcceptsLargeUploads() {
		post("/api/evidence/files", new byte[3 * 1024 * 1024]).expectStatus().isOk();

		assertThat(evidence.last().bodyBytes()).isEqualTo(3 * 1024 * 1024);
	}

	@Test
	void chunkedBodyOverTheLimitIsCutOffWith413() {
		postChunked(48).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:shuangsuiji:problem:payload-too-large");
	}

	@Test
	void chunkedBodyUnderTheLimitPasses() {
		postChunked(8).expectStatus().isOk();
		assertThat(registry.last().bodyBytes()).isEqualTo(8 * 64 * 1024);
	}

	/**
	 * A city's import of {@code chunks} chunks of 64 KB, sent without a declared length.
	 */
	private WebTestClient.ResponseSpec postChunked(int chunks) {
		DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
		Flux<DataBuffer> body = Flux.range(0, chunks).map((i) -> buffers.wrap(new byte[64 * 1024]));
		return this.client.post()
			.uri("/api/registry/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.as(Role.CITY).token())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(body, DataBuffer.class)
			.exchange();
	}

	@Test
	void theMinistryReadsTheDashboardsAndTheRegionTree() {
		String ministry = ministry();
		get("/api/registry/regions", ministry).expectStatus().isOk();
		get("/api/registry/regions/410000/children", ministry).expectStatus().isOk();
		assertThat(registry.last().uri()).isEqualTo("/api/registry/regions/410000/children");
		// past the wall: inspection-service is down in these tests
		get("/api/inspections/dashboard?region=000000", ministry).expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		this.client.get().uri("/api/public/registry/agencies").exchange().expectStatus().isOk();
	}

	@Test
	void theMinistryIsRefusedEverywhereElseAndWritesNothing() {
		String ministry = ministry();
		for (String path : new String[] { "/api/registry/agencies", "/api/registry/pools/inspectors",
				"/api/inspections/plans", "/api/inspections/tasks", "/api/inspections/audit",
				"/api/inspections/dashboard/anything", "/api/scoring/sheets", "/api/scoring/templates",
				"/api/evidence/files/1" }) {
			expectProblem(get(path, ministry), HttpStatus.FORBIDDEN, "forbidden");
		}
		this.client.post()
			.uri("/api/registry/regions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ministry)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(registry.received()).isEmpty();
		assertThat(evidence.received()).isEmpty();
	}

	@Test
	void theOtherRolesStillReachTheDashboardsAndTheirWrites() {
		get("/api/registry/regions", TestJwts.as(Role.CITY).token()).expectStatus().isOk();
		this.client.post()
			.uri("/api/registry/regions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.as(Role.CITY).token())
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String ministry() {
		return TestJwts.as(Role.MINISTRY).region("000000").subject("ministry").token();
	}

	@Test
	void pathsWithoutARuleAreRefused() {
		this.client.get().uri("/internal/anything").exchange().expectStatus().isUnauthorized();
		get("/internal/anything", TestJwts.as(Role.PROVINCE).token()).expectStatus().isForbidden();
		get("/fallback/registry-service", TestJwts.as(Role.PROVINCE).token()).expectStatus().isForbidden();
	}

	@Test
	void spaOriginPassesCorsPreflight() {
		this.client.options()
			.uri("/api/registry/agencies")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
	}

	@Test
	void otherOriginsFailCorsPreflight() {
		this.client.options()
			.uri("/api/registry/agencies")
			.header(HttpHeaders.ORIGIN, "http://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void corsHeadersAccompanyActualResponses() {
		this.client.get()
			.uri("/api/registry/agencies")
			.header(HttpHeaders.ORIGIN, "http://localhost:8080")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.as(Role.CITY).token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080");
	}

	@Test
	void anAgencyTokenWithoutItsAgencyIsRefused() {
		get("/api/registry/agencies", TestJwts.as(Role.AGENCY).token()).expectStatus().isUnauthorized();
		assertThat(registry.received()).isEmpty();
	}

	@Test
	void probesAreOpen() {
		this.client.get().uri("/livez").exchange().expectStatus().isOk();
		this.client.get().uri("/readyz").exchange().expectStatus().isOk();
	}

	@Test
	void actuatorAndApiDocsAreClosedOnThePublicPort() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator/health",
				"/v3/api-docs" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).as(path).isIn(401, 404));
		}
	}

	@Test
	void metricsAreOpenOnTheManagementPortAndTaggedWithTheApplication() {
		assertThat(scrape()).contains("application=\"gateway\"");
	}

	@Test
	void requestsAreMeteredWithoutSecurityObservationsOrLongTaskTimers() {
		get("/api/registry/agencies", TestJwts.as(Role.CITY).token()).expectStatus().isOk();

		// Issue #13: these were a large part of the gateway's CPU per request.
		assertThat(scrape()).contains("http_server_requests_seconds_count")
			.contains("http_client_requests_seconds_count")
			.doesNotContain("spring_security_")
			.doesNotContain("_active_seconds")
			.doesNotContain("spring_cloud_gateway_requests");
	}

	/** The management port's Prometheus page, asserted 200. */
	private String scrape() {
		// A connection of its own: one CI run saw a scrape on a reused keep-alive
		// connection wait 30 s.
		return GatewayClient.on(this.managementPort)
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void accessLogIsWrittenOnceByAWorkerNotOnTheEventLoop() {
		Logger access = (Logger) LoggerFactory.getLogger("org.shuangsuiji.gateway.access");

		assertThat(access.getAppender("ACCESS")).isInstanceOf(AsyncAppender.class);
		assertThat(access.isAdditive()).as("not also written by the root logger's appender").isFalse();
	}

	@Test
	void accessLogNamesUserStatusAndTheTraceTheServiceSaw(CapturedOutput output) {
		get("/api/registry/agencies", TestJwts.as(Role.CITY).subject("xinxiang-city").token()).expectStatus().isOk();
		get("/api/registry/agencies", TestJwts.withRealmRoles("uma_authorization").subject("norole-user").token())
			.expectStatus()
			.isForbidden();

		Matcher traceparent = Pattern.compile("00-([0-9a-f]{32})-").matcher(registry.last().header("traceparent"));
		assertThat(traceparent.find()).isTrue();
		// The line is written when the exchange completes, just after the client has its
		// answer.
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(output.getOut()).contains("method=GET path=/api/registry/agencies status=200")
						.contains("user=xinxiang-city traceId=" + traceparent.group(1))
						.containsPattern("status=403 durationMs=\\d+ user=norole-user traceId=[0-9a-f]{32}"));
	}

	private WebTestClient.ResponseSpec get(String uri, String token) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private WebTestClient.ResponseSpec post(String uri, byte[] body) {
		byte[] filled = Arrays.copyOf(body, body.length);
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.as(Role.INSPECTOR).token())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(filled)
			.exchange();
	}

	private WebTestClient.BodyContentSpec expectUnauthorized(String token) {
		return expectProblem(get("/api/registry/agencies", token), HttpStatus.UNAUTHORIZED, "unauthorized");
	}

}
