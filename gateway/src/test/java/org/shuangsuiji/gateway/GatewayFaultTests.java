package org.shuangsuiji.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.KeySetServer;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.gateway.support.StubService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults of issue #13 that the gateway answers for, with real clients and real
 * servers: a service stopped, slow past its time-out, failing until its circuit opens and
 * back again; Keycloak's key set unreachable, restarted and rotated (a key set this test
 * controls); and connections kept alive after the gateway refused a request without
 * reading its body. Circuit and time-out durations are shortened here; production values
 * are in application.yml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayFaultTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final KeySetServer keys = KeySetServer.start();

	private static final StubService registry = StubService.start();

	private static final StubService slowScoring = StubService.slow(Duration.ofSeconds(4));

	/** inspection-service's port: nothing listens there until a test starts it again. */
	private static final int inspectionPort = stoppedServicePort();

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		keys.trustedBy(properties);
		properties.add("REGISTRY_URL", registry::url);
		properties.add("SCORING_URL", slowScoring::url);
		properties.add("INSPECTION_URL", () -> "http://127.0.0.1:" + inspectionPort);
		properties.add("DOWNSTREAM_TIMEOUT", () -> "1s");
		properties.add("DOWNSTREAM_CB_WINDOW", () -> "4");
		properties.add("DOWNSTREAM_CB_MIN_CALLS", () -> "4");
		properties.add("DOWNSTREAM_CB_OPEN", () -> "1s");
		properties.add("gateway.rate-limit.burst", () -> "100000");
	}

	@AfterAll
	static void stopServers() {
		registry.close();
		slowScoring.close();
	}

	@Test
	void aStoppedServiceIs503UntilItsCircuitOpensAndClosesAgainOnceTheServiceIsBack() {
		String token = keys.token(TestJwts.as(Role.CITY));
		List<Reply> refused = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			refused.add(get("/api/inspections/plans", token));
		}
		Reply cutOff = get("/api/inspections/plans", token);

		assertThat(refused).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.detail()).isEqualTo("inspection-service is unavailable; try again later");
		});
		assertThat(cutOff.status()).isEqualTo(503);
		assertThat(cutOff.problemType()).isEqualTo("urn:shuangsuiji:problem:dependency-unavailable");
		assertThat(cutOff.detail()).isEqualTo("inspection-service is failing and temporarily cut off; try again later");
		assertThat(breaker("inspection-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

		try (StubService back = StubService.startOn(inspectionPort)) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> get("/api/inspections/plans", token).status() == 200);
			for (int i = 0; i < 3; i++) {
				assertThat(get("/api/inspections/plans", token).status()).isEqualTo(200);
			}
			assertThat(breaker("inspection-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(back.received()).isNotEmpty();
		}
	}

	@Test
	void aServiceSlowerThanItsTimeOutIs503NamingItWithinTheTimeOut() {
		String token = keys.token(TestJwts.as(Role.CITY));
		long started = System.nanoTime();
		Reply reply = get("/api/scoring/templates", token);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.detail()).isEqualTo("scoring-service did not answer in time; try again later");
		assertThat(took).as("a 1 s time-out, a service that takes 4 s").isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void tokensAlreadyIssuedKeepWorkingWhileKeycloakIsUnreachableAndAfterItsRestart() {
		String token = keys.token(TestJwts.as(Role.CITY));
		assertThat(get("/api/registry/agencies", token).status()).isEqualTo(200);

		keys.stop();
		assertThat(get("/api/registry/agencies", token).status()).isEqualTo(200);
		assertThat(get("/api/registry/agencies", keys.token(TestJwts.as(Role.AGENCY).agency("ag-01"))).status())
			.isEqualTo(200);

		keys.restart();
		assertThat(get("/api/registry/agencies", token).status()).isEqualTo(200);
	}

	@Test
	void aRotatedSigningKeyIsPickedUpWithoutARestart() {
		String before = keys.token(TestJwts.as(Role.CITY));
		assertThat(get("/api/registry/agencies", before).status()).isEqualTo(200);
		int fetches = keys.fetches();

		keys.rotate();
		String after = keys.token(TestJwts.as(Role.CITY));

		assertThat(get("/api/registry/agencies", after).status()).isEqualTo(200);
		assertThat(get("/api/registry/agencies", before).status()).isEqualTo(200);
		assertThat(keys.fetches()).as("the unknown key id fetched the key set once").isEqualTo(fetches + 1);
	}

	@Test
	void aKeyThatCannotBeFetchedWhileKeycloakIsDownIs503NotA401() {
		assertThat(get("/api/registry/agencies", keys.token(TestJwts.as(Role.CITY))).status()).isEqualTo(200);
		keys.rotate();
		keys.stop();

		Reply reply = get("/api/registry/agencies", keys.token(TestJwts.as(Role.CITY)));

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.problemType()).isEqualTo("urn:shuangsuiji:problem:dependency-unavailable");
		keys.restart();
		assertThat(get("/api/registry/agencies", keys.token(TestJwts.as(Role.CITY))).status()).isEqualTo(200);
	}

	@Test
	void aKeptAliveConnectionAnswersTheNextRequestAfterA413() throws Exception {
		String token = keys.token(TestJwts.as(Role.CITY));
		List<Integer> statuses = thenAgencies(post("/api/registry/imports", token, 3 * 1024 * 1024), token);

		assertThat(statuses.get(0)).as("too large").isEqualTo(413);
		assertThat(statuses.get(1)).as("next").isEqualTo(200);
	}

	@Test
	void aKeptAliveConnectionAnswersTheNextRequestAfterA401() throws Exception {
		String token = keys.token(TestJwts.as(Role.CITY));
		List<Integer> statuses = thenAgencies(post("/api/registry/imports", null, 256 * 1024), token);

		assertThat(statuses.get(0)).as("unauthorized").isEqualTo(401);
		assertThat(statuses.get(1)).as("next").isEqualTo(200);
	}

	/**
	 * The statuses of {@code first} and of an agency search after it, from one HTTP/1.1
	 * client that keeps its connection alive.
	 */
	private List<Integer> thenAgencies(HttpRequest first, String token) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> answer = client.send(first, HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> next = client.send(request("/api/registry/agencies", token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return List.of(answer.statusCode(), next.statusCode());
	}

	@Test
	void aPooledReactorNettyConnectionAnswersTheNextRequestAfterACorsRefusal() {
		String token = keys.token(TestJwts.as(Role.CITY));
		assertThat(refusedThenNext(
				(headers) -> headers.set("Authorization", "Bearer " + token).set("Origin", "http://evil.example"),
				Flux.just(new byte[256 * 1024]), token))
			.containsExactly(403, 200);
	}

	@Test
	void aPooledReactorNettyConnectionAnswersTheNextRequestAfterA401() {
		String token = keys.token(TestJwts.as(Role.CITY));
		assertThat(refusedThenNext((headers) -> {
		}, Flux.just(new byte[3 * 1024 * 1024]), token)).containsExactly(401, 200);
	}

	@Test
	void aPooledReactorNettyConnectionAnswersTheNextRequestAfterA413ByLength() {
		String token = keys.token(TestJwts.as(Role.CITY));
		assertThat(refusedThenNext(
				(headers) -> headers.set("Authorization", "Bearer " + token).set("Content-Length", 3 * 1024 * 1024),
				Flux.just(new byte[3 * 1024 * 1024]), token))
			.containsExactly(413, 200);
	}

	@Test
	void aPooledReactorNettyConnectionAnswersTheNextRequestAfterAChunkedBodyWasCutOffWith413() {
		String token = keys.token(TestJwts.as(Role.CITY));
		assertThat(refusedThenNext(
				(headers) -> headers.set("Authorization", "Bearer " + token).set("Transfer-Encoding", "chunked"),
				Flux.range(0, 48).map((i) -> new byte[64 * 1024]), token))
			.containsExactly(413, 200);
	}

	@Test
	void uploadsCutOffAtTheLimitDoNotOpenTheServicesCircuit() {
		String token = keys.token(TestJwts.as(Role.CITY));
		for (int i = 0; i < 6; i++) {
			assertThat(refusedThenNext((headers) -> headers.set("Authorization", "Bearer " + token),
					Flux.range(0, 40).map((chunk) -> new byte[64 * 1024]), token))
				.containsExactly(413, 200);
		}
		assertThat(breaker("registry-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	/**
	 * A POST of {@code body} that the gateway refuses, then a GET, over a pool of one
	 * keep-alive connection: the GET goes out on the same connection if the gateway kept
	 * it, on a new one if it closed it; either way it must be answered, not hang.
	 */
	private List<Integer> refusedThenNext(Consumer<HttpHeaders> refusedHeaders, Flux<byte[]> body, String token) {
		ConnectionProvider oneConnection = ConnectionProvider.create("gateway-fault-tests", 1);
		try {
			reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(oneConnection)
				.baseUrl("http://127.0.0.1:" + this.port)
				.responseTimeout(Duration.ofSeconds(10));
			List<Integer> statuses = new ArrayList<>();
			statuses.add(client
				.headers((headers) -> refusedHeaders.accept(headers.set("Content-Type", "application/octet-stream")))
				.post()
				.uri("/api/registry/imports")
				.send(body.map(Unpooled::wrappedBuffer))
				.responseSingle((response, content) -> content.then(Mono.just(response.status().code())))
				.block(Duration.ofSeconds(15)));
			statuses.add(client.headers((headers) -> headers.set("Authorization", "Bearer " + token))
				.get()
				.uri("/api/registry/agencies")
				.responseSingle((response, content) -> content.then(Mono.just(response.status().code())))
				.block(Duration.ofSeconds(15)));
			return statuses;
		}
		finally {
			oneConnection.dispose();
		}
	}

	private CircuitBreaker breaker(String name) {
		return this.breakers.circuitBreaker(name);
	}

	private Reply get(String path, String token) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest post(String path, String token, int bytes) {
		return request(path, token).header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes]))
			.build();
	}

	/** A request that gives up after 10 s, so a hung connection fails the test. */
	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private static int stoppedServicePort() {
		try (StubService reserved = StubService.start()) {
			return reserved.port();
		}
	}

	private record Reply(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String detail() {
			return json().path("detail").asString();
		}

		String problemType() {
			return json().path("type").asString();
		}

	}

}
