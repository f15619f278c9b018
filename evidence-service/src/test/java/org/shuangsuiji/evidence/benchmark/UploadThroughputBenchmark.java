package org.shuangsuiji.evidence.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.EvidenceServiceApplication;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.LocalS3;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestInfrastructure;
import org.shuangsuiji.platform.test.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB upload through the service against a direct MinIO SDK put of the same bytes to
 * the same S3Proxy, in one run. The service runs in its own JVM with a 64 MB heap,
 * sampled through its Prometheus endpoint; S3Proxy runs in a third JVM. Prints and writes
 * the figures to {@code target/benchmark/upload-throughput.txt}; asserts only that every
 * upload succeeded.
 */
class UploadThroughputBenchmark {

	private static final long SIZE = 200L * 1024 * 1024;

	private static final long PART_SIZE = 10L * 1024 * 1024;

	private static final int ROUNDS = 3;

	private static final String SERVICE_HEAP = "-Xmx128m";

	private static final Pattern HEAP_LINE = Pattern
		.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+-]+)", Pattern.MULTILINE);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void uploadThroughTheServiceAgainstADirectPut() throws Exception {
		String store = LocalS3.forkedEndpoint();
		MinioClient direct = LocalS3.client(store);
		if (!direct.bucketExists(BucketExistsArgs.builder().bucket("direct").build())) {
			direct.makeBucket(MakeBucketArgs.builder().bucket("direct").build());
		}
		int port = freePort();
		Process service = startService(store, port);
		try {
			String base = "http://127.0.0.1:" + port;
			awaitLive(base);
			String token = TestJwts.as(Role.INSPECTOR).region("410700").subject("bench").bearer();

			// Warm-up: JIT, connection pools, the bucket.
			directPut(direct, 20L * 1024 * 1024, 0);
			servicePut(base, token, 20L * 1024 * 1024, 0);

			List<Double> directSeconds = new ArrayList<>();
			List<Double> serviceSeconds = new ArrayList<>();
			double baseline = heapUsed(base);
			AtomicLong peak = new AtomicLong();
			for (int round = 1; round <= ROUNDS; round++) {
				directSeconds.add(directPut(direct, SIZE, round));
				serviceSeconds.add(sampled(base, peak, () -> servicePut(base, token, SIZE, 100)));
			}
			report(median(directSeconds), median(serviceSeconds), baseline, peak.get());
		}
		finally {
			service.destroy();
		}
	}

	private double directPut(MinioClient client, long size, int seed) throws Exception {
		long start = System.nanoTime();
		client.putObject(PutObjectArgs.builder()
			.bucket("direct")
			.object("bench/" + seed + "-" + System.nanoTime())
			.stream(Samples.largeJpegLike(size, seed), null, PART_SIZE)
			.contentType("image/jpeg")
			.build());
		return (System.nanoTime() - start) / 1e9;
	}

	private double servicePut(String base, String token, long size, int seed) throws Exception {
		String inspection = "bench-" + System.nanoTime() + ":bench-agency";
		InspectionStub.openToEveryone(inspection, "bench-agency", "410725");
		URI uri = URI.create(base + "/api/evidence/inspections/" + inspection + "/files/bench.jpg?kind=OTHER&region="
				+ URLEncoder.encode("410725", StandardCharsets.UTF_8) + "&agencyId=bench-agency");
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", token)
			.PUT(HttpRequest.BodyPublishers
				.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> Samples.largeJpegLike(size, seed)), size))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return seconds;
	}

	/** Runs the upload while a thread samples the service's heap every 50 ms. */
	private double sampled(String base, AtomicLong peak, Timed upload) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				try {
					peak.accumulateAndGet((long) heapUsed(base), Math::max);
					Thread.sleep(50);
				}
				catch (Exception ex) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.start();
		try {
			return upload.run();
		}
		finally {
			running.set(false);
			sampler.join();
		}
	}

	private double heapUsed(String base) throws Exception {
		HttpResponse<String> metrics = this.http.send(
				HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = HEAP_LINE.matcher(metrics.body());
		double used = 0;
		while (matcher.find()) {
			used += Double.parseDouble(matcher.group(1));
		}
		return used;
	}

	private Process startService(String store, int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path log = Files.createDirectories(Path.of("target", "benchmark")).resolve("service.log");
		return new ProcessBuilder(java, SERVICE_HEAP, "-cp", System.getProperty("java.class.path"),
				EvidenceServiceApplication.class.getName(), "--server.port=" + port,
				// metrics on the service's own port: the sampler reads them there
				"--management.server.port=" + port,
				"--spring.mongodb.uri=" + TestInfrastructure.mongoUri().replace("/test", "/evidence-benchmark"),
				"--platform.security.jwk-set-uri=" + TestJwts.jwkSetUri(),
				"--platform.security.issuer=" + TestJwts.ISSUER,
				"--spring.http.serviceclient.inspection.base-url=" + InspectionStub.baseUrl(),
				"--evidence.storage.endpoint=" + store, "--evidence.storage.public-endpoint=" + store,
				"--evidence.storage.access-key=" + LocalS3.ACCESS_KEY,
				"--evidence.storage.secret-key=" + LocalS3.SECRET_KEY, "--evidence.max-upload-size=300MB",
				"--evidence.part-size=" + (PART_SIZE / (1024 * 1024)) + "MB", "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private void awaitLive(String base) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (this.http
					.send(HttpRequest.newBuilder(URI.create(base + "/livez")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the service did not start; see target/benchmark/service.log");
	}

	private static void report(double direct, double service, double baseline, long peak) throws IOException {
		double mb = SIZE / (1024.0 * 1024.0);
		String text = String.format(Locale.ROOT, """
				evidence-service upload benchmark (%d MB, median of %d rounds, part size %d MB)
				direct MinIO SDK put to S3Proxy : %6.2f s  %7.1f MB/s
				through evidence-service (PUT)  : %6.2f s  %7.1f MB/s
				throughput ratio service/direct : %.2f  (goal >= 0.7)
				service heap (JVM %s)     : baseline %.1f MB, peak sampled %.1f MB, growth %.1f MB  (goal < 64 MB)
				""", SIZE / (1024 * 1024), ROUNDS, PART_SIZE / (1024 * 1024), direct, mb / direct, service,
				mb / service, direct / service, SERVICE_HEAP, baseline / 1048576, peak / 1048576.0,
				(peak - baseline) / 1048576);
		System.out.println(text);
		Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("upload-throughput.txt");
		Files.writeString(out, text);
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@FunctionalInterface
	private interface Timed {

		double run() throws Exception;

	}

}
