package org.shuangsuiji.gateway.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.shuangsuiji.gateway.GatewayApplication;
import org.shuangsuiji.gateway.support.StubService;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How much the gateway costs per request: the same GET with a bearer token sent straight
 * to a stand-in service and through the gateway (token check, role rule, rate limit,
 * circuit breaker, tracing, access log), from the same client, in one run. Reports
 * requests per second and the ratio, which is what compares across machines.
 *
 * <pre>
 * mvn -q -pl gateway test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.shuangsuiji.gateway.benchmark.GatewayOverheadBenchmark [-Dexec.args="10 8"]
 * </pre> Arguments: seconds per measurement (default 10) and concurrent clients (default
 * 8).
 */
public final class GatewayOverheadBenchmark {

	private GatewayOverheadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		try (StubService registry = StubService.start().notRecording();
				ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
					.run(gatewayArguments(registry, args))) {
			int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			String token = TestJwts.as(Role.CITY).subject("bench").token();
			URI direct = URI.create(registry.url() + "/api/registry/agencies");
			URI viaGateway = URI.create("http://localhost:" + port + "/api/registry/agencies");

			measure(direct, token, clients, Math.max(2, seconds / 2));
			measure(viaGateway, token, clients, Math.max(2, seconds / 2));
			double directRate = measure(direct, token, clients, seconds);
			double gatewayRate = measure(viaGateway, token, clients, seconds);

			System.out.printf("direct to service : %8.0f requests/s%n", directRate);
			System.out.printf("through gateway   : %8.0f requests/s%n", gatewayRate);
			System.out.printf("gateway/direct    : %8.2f (%d clients, %d s each, %d cores)%n", gatewayRate / directRate,
					clients, seconds, Runtime.getRuntime().availableProcessors());
		}
		finally {
			TestJwts.stopKeyServer();
		}
	}

	private static String[] gatewayArguments(StubService registry, String[] args) {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--platform.security.issuer=" + TestJwts.ISSUER,
						"--platform.security.jwk-set-uri=" + TestJwts.jwkSetUri(), "--REGISTRY_URL=" + registry.url(),
						"--gateway.rate-limit.enabled=false", "--logging.level.org.shuangsuiji.gateway.access=warn"));
		arguments.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
		return arguments.toArray(String[]::new);
	}

	private static double measure(URI uri, String token, int clients, int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<Long>> counts = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				counts.add(pool.submit(() -> {
					long ok = 0;
					while (running.get()) {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(uri + " answered " + response.statusCode());
						}
						ok++;
					}
					return ok;
				}));
			}
			long started = System.nanoTime();
			Thread.sleep(Duration.ofSeconds(seconds).toMillis());
			running.set(false);
			long total = 0;
			for (Future<Long> count : counts) {
				total += count.get();
			}
			return total / ((System.nanoTime() - started) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
