package org.shuangsuiji.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangsuiji.platform.infra.mongo.MongoProtocolServer;
import org.shuangsuiji.platform.infra.s3.S3ProtocolServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each image tarball that scripts/build-images.sh built starts: its layers unpacked into
 * a root file system, its entry point (with the image's own JVM flags and environment)
 * run as the image user on that root mounted read-only with a tmpfs on /tmp (what the
 * Deployments give it), until its readiness probe answers. Runs only from that script
 * ({@code -Dimages.check=true}); needs root for the mounts and chroot.
 */
@EnabledIfSystemProperty(named = "images.check", matches = "true")
class ImageStartTests {

	private static MongoProtocolServer mongo;

	private static S3ProtocolServer s3;

	/**
	 * Every image, or those named in -Dimages.only (comma-separated) to check one again.
	 */
	static Stream<String> images() {
		String only = System.getProperty("images.only", "");
		return Stream
			.of("registry-service", "inspection-service", "scoring-service", "evidence-service", "gateway", "spa")
			.filter((image) -> only.isBlank() || List.of(only.split(",")).contains(image));
	}

	@BeforeAll
	static void infrastructure() {
		mongo = MongoProtocolServer.inMemory();
		s3 = S3ProtocolServer.inMemory("image-test-access", "image-test-secret-key");
	}

	@AfterAll
	static void stop() {
		mongo.close();
		s3.close();
	}

	@ParameterizedTest
	@MethodSource("images")
	void theImageEntryPointRunsToItsReadinessProbe(String image) throws Exception {
		Path tarball = tarball(image);
		assumeTrue(Files.exists(tarball), tarball + " not built (scripts/build-images.sh)");
		assumeTrue("root".equals(System.getProperty("user.name")), "mounts and chroot need root");
		Path root = unpack(tarball, Path.of("target/image-roots").resolve(image).toAbsolutePath());
		JsonNode config = imageConfig(root.resolveSibling(image + ".oci"));

		int port = freePort();
		Map<String, String> environment = new LinkedHashMap<>();
		config.path("Env").forEach((entry) -> {
			String[] pair = entry.asString().split("=", 2);
			environment.put(pair[0], pair[1]);
		});
		environment.putAll(serviceEnvironment(image, port));
		// A mount namespace of its own: the root read-only, a tmpfs on /tmp, /proc; then
		// the image user.
		List<String> command = new ArrayList<>(
				List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "--kill-child", "bash", "-c", """
						set -e
						root=$1 user=$2
						shift 2
						image_path=$PATH
						export PATH=/usr/sbin:/usr/bin:/sbin:/bin
						chroot=$(command -v chroot)
						mount --bind "$root" "$root"
						mount -o remount,bind,ro "$root"
						mount -t proc proc "$root/proc"
						mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"
						mount --bind "$HOSTS_FILE" "$root/etc/hosts"
						exec env PATH="$image_path" "$chroot" --userspec="$user" "$root" "$@"
						""", "start-image", root.toString(), config.path("User").asString()));
		config.path("Entrypoint").forEach((arg) -> command.add(arg.asString()));
		if (image.equals("spa")) {
			command.addAll(List.of("-p", String.valueOf(port)));
		}
		else {
			config.path("Cmd").forEach((arg) -> command.add(arg.asString()));
		}

		// As the kubelet does, an /etc/hosts naming the pod's host (the JDK's file server
		// resolves it).
		Path hosts = root.resolveSibling(image + ".hosts");
		Files.writeString(hosts, "127.0.0.1\tlocalhost\n127.0.0.1\t" + InetAddress.getLocalHost().getHostName() + "\n");
		environment.put("HOSTS_FILE", hosts.toString());
		Path log = root.resolveSibling(image + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			String probe = image.equals("spa") ? "/index.html" : "/readyz";
			int status = awaitAnswer("http://127.0.0.1:" + port + probe, process, Duration.ofMinutes(4));
			assertThat(status).as(image + " readiness; log: " + log).isEqualTo(200);
		}
		finally {
			stop(process);
		}
	}

	/**
	 * Stops the whole tree: the JVM changed its user id under chroot, which clears the
	 * parent-death signal unshare set, so it would outlive unshare.
	 */
	private static void stop(Process process) {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		tree.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				handle.destroyForcibly();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				handle.destroyForcibly();
			}
		}
	}

	/**
	 * What the Deployment's ConfigMap and Secrets would give, pointed at this machine's
	 * stand-ins.
	 */
	private static Map<String, String> serviceEnvironment(String image, int port) throws IOException {
		Map<String, String> env = new LinkedHashMap<>();
		if (image.equals("spa")) {
			return env;
		}
		String nowhere = "http://127.0.0.1:9";
		env.put("PORT", String.valueOf(port));
		env.put("MANAGEMENT_PORT", String.valueOf(freePort()));
		env.put("KEYCLOAK_ISSUER", nowhere + "/realms/shuangsuiji");
		env.put("KEYCLOAK_JWK_SET_URI", nowhere + "/realms/shuangsuiji/protocol/openid-connect/certs");
		env.put("MONGODB_URI", mongo.uri(image.replace("-service", "")));
		for (String callee : List.of("REGISTRY_URL", "INSPECTION_URL", "SCORING_URL", "EVIDENCE_URL")) {
			env.put(callee, nowhere);
		}
		env.put("S3_ENDPOINT", s3.endpoint());
		env.put("S3_ACCESS_KEY", s3.accessKey());
		env.put("S3_SECRET_KEY", s3.secretKey());
		return env;
	}

	private static Path tarball(String image) {
		Path module = image.equals("spa") ? Overlay.ROOT.resolve("platform/k8s-validation")
				: Overlay.ROOT.resolve(image);
		return module.resolve("target/image").resolve(image + ".tar");
	}

	/**
	 * Unpacks the tarball (an OCI image layout: index, manifest, config, gzipped layers),
	 * then its layers in order.
	 */
	private static Path unpack(Path tarball, Path root) {
		Path image = root.resolveSibling(root.getFileName() + ".oci");
		run("rm", "-rf", root.toString(), image.toString());
		run("mkdir", "-p", root.toString(), image.toString());
		run("tar", "-xf", tarball.toString(), "-C", image.toString());
		manifest(image).path("layers")
			.forEach((layer) -> run("tar", "--warning=no-unknown-keyword", "-xzf", blob(image, layer).toString(), "-C",
					root.toString()));
		// Mount points, as a container runtime makes them for /proc and the emptyDir on
		// /tmp.
		run("mkdir", "-p", root.resolve("proc").toString(), root.resolve("tmp").toString(),
				root.resolve("etc").toString());
		run("touch", root.resolve("etc/hosts").toString());
		return root;
	}

	private static JsonNode imageConfig(Path image) {
		return JsonMapper.builder()
			.build()
			.readTree(blob(image, manifest(image).path("config")).toFile())
			.path("config");
	}

	private static JsonNode manifest(Path image) {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode index = mapper.readTree(image.resolve("index.json").toFile());
		return mapper.readTree(blob(image, index.path("manifests").get(0)).toFile());
	}

	private static Path blob(Path image, JsonNode descriptor) {
		String[] digest = descriptor.path("digest").asString().split(":", 2);
		return image.resolve("blobs").resolve(digest[0]).resolve(digest[1]);
	}

	private static int awaitAnswer(String url, Process process, Duration within) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + within.toNanos();
		int last = -1;
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				last = client
					.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode();
				if (last == 200) {
					return last;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		return last;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
