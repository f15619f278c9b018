package org.shuangsuiji.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.localrun.matrix.AccessMatrix;
import org.shuangsuiji.platform.infra.keycloak.KeycloakLauncher;
import org.shuangsuiji.platform.infra.keycloak.RunningKeycloak;
import org.shuangsuiji.platform.infra.mongo.MongoProtocolServer;
import org.shuangsuiji.platform.infra.s3.S3ProtocolServer;

/**
 * Starts the whole platform on one machine with embedded defaults: the MongoDB-protocol
 * server on an H2 file, S3Proxy on a folder, Keycloak with the project's realm, then the
 * gateway and every service module, each logging to its own file under
 * {@code .local-data/logs}. Ctrl-C stops all of it; the data stays for the next start.
 * <p>
 * With {@code --smoke} it checks the running platform end to end and exits. With
 * {@code --access-matrix} it starts nothing and runs {@link AccessMatrix} against the
 * platform that is already running.
 */
public final class LocalPlatform {

	static final String VERSION = "0.1.0-SNAPSHOT";

	static final int MONGO_PORT = 27018;

	static final int S3_PORT = 9100;

	static final int KEYCLOAK_PORT = 8180;

	static final String S3_ACCESS_KEY = "local-access";

	static final String S3_SECRET_KEY = "local-secret-key";

	/** Every service module the platform has, in start order; the gateway last. */
	static final List<ServiceSpec> SERVICES = List.of(new ServiceSpec("registry-service", 8081, 9081),
			new ServiceSpec("inspection-service", 8082, 9082), new ServiceSpec("scoring-service", 8083, 9083),
			new ServiceSpec("evidence-service", 8084, 9084), new ServiceSpec("gateway", 8080, 9080));

	/** Every process listens on loopback only. */
	static final String LOOPBACK = "127.0.0.1";

	/**
	 * The gateway's address: loopback unless {@code GATEWAY_ADDRESS} says otherwise (e.g.
	 * 0.0.0.0 to open the web app to other machines on the network).
	 */
	static final String GATEWAY_ADDRESS_ENV = "GATEWAY_ADDRESS";

	private final Path root;

	private final Path data;

	private final List<AutoCloseable> started = new ArrayList<>();

	private final List<ChildProcess> children = new ArrayList<>();

	LocalPlatform(Path root, Path data) {
		this.root = root;
		this.data = data;
	}

	public static void main(String[] args) throws Exception {
		Path root = projectRoot();
		if (List.of(args).contains("--access-matrix")) {
			// against the platform already running (frontend/e2e/with-local-run.sh):
			// start nothing
			System.exit(new AccessMatrix().run(root.resolve("frontend/test-results")));
		}
		Path data = Path.of(System.getenv().getOrDefault("LOCAL_DATA", root.resolve(".local-data").toString()));
		LocalPlatform platform = new LocalPlatform(root, data);
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-platform-stop"));
		try {
			RunningKeycloak keycloak = platform.start();
			if (List.of(args).contains("--smoke")) {
				int failures = new SmokeCheck(keycloak, root, data.resolve("smoke")).run();
				failures += platform.tellDemoStory(keycloak);
				System.exit((failures == 0) ? 0 : 1);
			}
			platform.printWelcome(keycloak);
			Thread story = new Thread(() -> platform.tellDemoStory(keycloak), "demo-story");
			story.setDaemon(true);
			story.start();
			platform.watch();
		}
		catch (RuntimeException ex) {
			System.err.println("\nThe local platform did not start: " + ex.getMessage());
			System.exit(1);
		}
	}

	RunningKeycloak start() throws IOException, InterruptedException {
		Path logs = this.data.resolve("logs");
		Files.createDirectories(logs);
		say("data folder " + this.data + " (delete it to start from scratch)");

		int cache = mongoCacheMegabytes(System.getenv());
		say("MongoDB-protocol server on :" + MONGO_PORT + " (H2 file, " + cache + " MB page cache)");
		this.started
			.add(MongoProtocolServer.onDisk(this.data.resolve("mongo").resolve("platform.mv"), MONGO_PORT, cache));

		say("S3Proxy on :" + S3_PORT + " (folder " + this.data.resolve("s3") + ")");
		this.started.add(S3ProtocolServer.onDisk(this.data.resolve("s3"), S3_PORT, S3_ACCESS_KEY, S3_SECRET_KEY));

		say("Keycloak on :" + KEYCLOAK_PORT + " (first start unpacks and builds it: about 2 minutes)");
		RunningKeycloak keycloak = KeycloakLauncher.create()
			.port(KEYCLOAK_PORT)
			.realmFile(this.root.resolve("keycloak/realm-shuangsuiji.json"))
			.bootstrapAdmin("admin", "admin")
			.logFile(logs.resolve("keycloak.log"))
			.start();
		this.started.add(keycloak);

		for (ServiceSpec service : modules()) {
			Path jar = service.jar(this.root, VERSION);
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests install");
			}
			say("starting " + service.name() + " on :" + service.port());
			this.children.add(ChildProcess.start(service.name(), command(jar), environment(service, keycloak),
					logs.resolve(service.name() + ".log")));
		}
		for (int i = 0; i < this.children.size(); i++) {
			ChildProcess child = this.children.get(i);
			child.awaitReady(modules().get(i).baseUrl() + "/readyz", Duration.ofMinutes(8));
			say(child.name() + " is ready");
		}
		return keycloak;
	}

	/**
	 * Waits for the demo draw, then tells the demo story (once per data folder) and
	 * writes its verdict to {@code story-result.txt} ("passed failed") in the data
	 * folder.
	 */
	int tellDemoStory(RunningKeycloak keycloak) {
		GatewayApi api = new GatewayApi(keycloak);
		try {
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			while (api.get(null, "/api/public/inspections/plans/" + DemoStory.PLAN + "/draw").status() != 200) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the demo draw did not appear within 4 minutes");
				}
				Thread.sleep(2000);
			}
			DemoStory story = new DemoStory(api);
			int failed = story.run();
			Files.writeString(this.data.resolve("story-result.txt"), story.passed() + " " + failed + "\n");
			return failed;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("[story] FAIL the demo story stopped: " + ex);
			try {
				Files.writeString(this.data.resolve("story-result.txt"), "0 1\n");
			}
			catch (IOException ignored) {
				// the message above says it
			}
			return 1;
		}
	}

	/** The service modules present in this checkout. */
	List<ServiceSpec> modules() {
		return SERVICES.stream()
			.filter((s) -> Files.isRegularFile(this.root.resolve(s.name()).resolve("pom.xml")))
			.toList();
	}

	/**
	 * The MongoDB-protocol server's page cache in MB: {@code LOCAL_MONGO_CACHE_MB}, else
	 * {@link #DEFAULT_MONGO_CACHE_MB} (the demo data many times over, within this JVM's
	 * heap); a national data set wants more (docs/capacity.md) and a larger heap with it.
	 */
	static final String MONGO_CACHE_ENV = "LOCAL_MONGO_CACHE_MB";

	static final int DEFAULT_MONGO_CACHE_MB = 128;

	static int mongoCacheMegabytes(Map<String, String> environment) {
		String value = environment.get(MONGO_CACHE_ENV);
		if (value == null || value.isBlank()) {
			return DEFAULT_MONGO_CACHE_MB;
		}
		try {
			int megabytes = Integer.parseInt(value.strip());
			if (megabytes > 0) {
				return megabytes;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new IllegalArgumentException(
				MONGO_CACHE_ENV + " must be a whole number of megabytes above 0, not " + value);
	}

	/**
	 * The JVM flags of every child: {@code LOCAL_RUN_JVM_FLAGS} (space-separated)
	 * replaces the fast-start defaults, e.g. with the production image's flags for a
	 * benchmark (scripts/bench-gateway.sh).
	 */
	static final String JVM_FLAGS_ENV = "LOCAL_RUN_JVM_FLAGS";

	private static List<String> command(Path jar) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(jvmFlags(System.getenv()));
		command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=local"));
		return command;
	}

	/** Fast start and slow steady state unless {@link #JVM_FLAGS_ENV} says otherwise. */
	static List<String> jvmFlags(Map<String, String> environment) {
		String flags = environment.get(JVM_FLAGS_ENV);
		if (flags == null || flags.isBlank()) {
			return List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
		}
		return List.of(flags.strip().split("\\s+"));
	}

	private Map<String, String> environment(ServiceSpec service, RunningKeycloak keycloak) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("PORT", String.valueOf(service.port()));
		env.put("SERVER_ADDRESS", address(service, System.getenv()));
		env.put("MANAGEMENT_PORT", String.valueOf(service.managementPort()));
		env.put("MANAGEMENT_ADDRESS", LOOPBACK);
		env.put("KEYCLOAK_ISSUER", keycloak.issuer());
		env.put("KEYCLOAK_JWK_SET_URI", keycloak.jwkSetUri());
		env.put("S3_ENDPOINT", "http://127.0.0.1:" + S3_PORT);
		env.put("S3_ACCESS_KEY", S3_ACCESS_KEY);
		env.put("S3_SECRET_KEY", S3_SECRET_KEY);
		Path spa = this.root.resolve("frontend").resolve("dist");
		if ("gateway".equals(service.name()) && Files.isRegularFile(spa.resolve("index.html"))) {
			// the gateway serves the built SPA: one URL for the web app and the API
			env.put("SPA_LOCATION", spa.toUri().toString());
		}
		return env;
	}

	/**
	 * Where a child listens: loopback, but for the gateway when GATEWAY_ADDRESS is set.
	 */
	static String address(ServiceSpec service, Map<String, String> environment) {
		String gateway = environment.get(GATEWAY_ADDRESS_ENV);
		if ("gateway".equals(service.name()) && gateway != null && !gateway.isBlank()) {
			return gateway.strip();
		}
		return LOOPBACK;
	}

	private void printWelcome(RunningKeycloak keycloak) {
		System.out.println();
		System.out.println("==========================================================================");
		System.out.println(" 双随机、一公开 platform is running (local, demo data — all fictional)");
		boolean spa = Files.isRegularFile(this.root.resolve("frontend/dist/index.html"));
		System.out.println("   Platform URL (gateway):  http://localhost:8080"
				+ (spa ? "  (web app; API under /api)" : "  (API only: build the SPA with ./run-local.sh)"));
		System.out.println("   Public API (no login):   http://localhost:8080/api/public/...");
		System.out.println("   Keycloak:                " + keycloak.baseUrl() + "  (admin / admin, local only)");
		for (ServiceSpec service : modules()) {
			System.out.printf("   %-24s http://localhost:%d  (OpenAPI /v3/api-docs with a token; metrics :%d)%n",
					service.name() + ":", service.port(), service.managementPort());
		}
		System.out.println(" Demo logins (password 'demo' for all; local realm only):");
		DemoUsers.ALL.forEach((user) -> System.out.printf("   %-22s %-10s %s  %s%n", user.username(), user.role(),
				user.region(), user.description()));
		System.out.println(" A token for scripts:");
		System.out
			.println("   curl -s -d grant_type=password -d client_id=shuangsuiji-cli -d username=xinxiang-city \\");
		System.out.println("        -d password=demo " + keycloak.tokenEndpoint());
		System.out.println(" Logs: " + this.data.resolve("logs") + "    Stop: Ctrl-C");
		System.out.println("==========================================================================");
	}

	/** Blocks until Ctrl-C; if a service dies, says so and stops everything. */
	private void watch() throws InterruptedException {
		while (true) {
			for (ChildProcess child : this.children) {
				if (!child.isAlive()) {
					System.err.println(child.name() + " stopped unexpectedly; see " + child.log());
					System.exit(1);
				}
			}
			Thread.sleep(2000);
		}
	}

	synchronized void stop() {
		for (int i = this.children.size() - 1; i >= 0; i--) {
			this.children.get(i).close();
		}
		this.children.clear();
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				System.err.println("could not stop cleanly: " + ex.getMessage());
			}
		}
		this.started.clear();
	}

	/** The checkout's root: the nearest folder upwards that holds the realm file. */
	static Path projectRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("keycloak/realm-shuangsuiji.json"))) {
				return dir;
			}
		}
		throw new IllegalStateException("run from inside the project: keycloak/realm-shuangsuiji.json not found");
	}

	private static void say(String message) {
		System.out.println("[local-run] " + message);
	}

}
