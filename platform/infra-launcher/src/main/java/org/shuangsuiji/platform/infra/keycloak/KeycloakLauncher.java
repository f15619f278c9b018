package org.shuangsuiji.platform.infra.keycloak;

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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Keycloak from the {@code org.keycloak:keycloak-quarkus-dist} zip that Maven
 * downloads: unpacks it once into a cache folder, copies the realm file into
 * {@code data/import/}, runs {@code kc.sh start-dev} with an in-memory database, a fixed
 * hostname and the realm import, and waits until the realm answers.
 *
 * <pre>
 * try (RunningKeycloak keycloak = KeycloakLauncher.create().port(8180).realmFile(realm).start()) {
 * 	String token = keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-city", "demo");
 * }
 * </pre>
 *
 * Tests share one server per JVM through {@link #shared()}.
 */
public final class KeycloakLauncher {

	/** The Keycloak version; the root pom's {@code keycloak.version} must match. */
	public static final String VERSION = "26.7.3";

	/** The realm in the project's realm file. */
	public static final String REALM = "shuangsuiji";

	/** The realm file's path from the repository root. */
	public static final String REALM_FILE = "keycloak/realm-shuangsuiji.json";

	/**
	 * Keycloak's JVM compiles with C1 only: a third less CPU to start (measured 30 s
	 * against 46 s of CPU time), and a local or test server never runs long enough for C2
	 * to pay off.
	 */
	public static final String QUICK_START_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

	private static final Logger logger = LoggerFactory.getLogger(KeycloakLauncher.class);

	private static RunningKeycloak shared;

	private Path distributionZip;

	private Path cacheDir;

	private int port;

	private Path realmFile;

	private String realm = REALM;

	private String adminUsername = "admin";

	private String adminPassword = UUID.randomUUID().toString();

	private Path logFile;

	private Duration startTimeout = Duration.ofMinutes(6);

	private String javaOptions = QUICK_START_JAVA_OPTIONS;

	private KeycloakLauncher() {
	}

	/**
	 * A launcher with the defaults: zip from {@link #defaultDistributionZip()}, cache
	 * folder {@link #defaultCacheDir()}, a free port, the realm file found by
	 * {@link #defaultRealmFile()}, admin {@code admin} with a random password.
	 */
	public static KeycloakLauncher create() {
		return new KeycloakLauncher();
	}

	/**
	 * One Keycloak per JVM for tests, started on first use and stopped by a shutdown
	 * hook. System properties: {@code keycloak.port} (default: a free port),
	 * {@code keycloak.dist.zip}, {@code keycloak.cache.dir}, {@code keycloak.realm.file}.
	 */
	public static synchronized RunningKeycloak shared() {
		if (shared == null) {
			KeycloakLauncher launcher = create().port(Integer.getInteger("keycloak.port", 0));
			Path target = Path.of(System.getProperty("user.dir"), "target");
			if (Files.isDirectory(target)) {
				launcher.logFile(target.resolve("keycloak.log"));
			}
			RunningKeycloak started = launcher.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "keycloak-stop"));
			shared = started;
		}
		return shared;
	}

	public KeycloakLauncher distributionZip(Path zip) {
		this.distributionZip = zip;
		return this;
	}

	public KeycloakLauncher cacheDir(Path dir) {
		this.cacheDir = dir;
		return this;
	}

	/** The HTTP port; {@code 0} picks a free one. */
	public KeycloakLauncher port(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port out of range: " + port);
		}
		this.port = port;
		return this;
	}

	public KeycloakLauncher realmFile(Path file) {
		this.realmFile = file;
		return this;
	}

	/** The realm name inside the realm file (its issuer path). */
	public KeycloakLauncher realm(String name) {
		this.realm = name;
		return this;
	}

	/** The master realm's bootstrap administrator. */
	public KeycloakLauncher bootstrapAdmin(String username, String password) {
		this.adminUsername = username;
		this.adminPassword = password;
		return this;
	}

	/** Where the server's console output goes (default: the temp folder). */
	public KeycloakLauncher logFile(Path file) {
		this.logFile = file;
		return this;
	}

	/** Extra options for Keycloak's JVM ({@code JAVA_OPTS_APPEND}); empty for none. */
	public KeycloakLauncher javaOptions(String options) {
		this.javaOptions = options;
		return this;
	}

	public KeycloakLauncher startTimeout(Duration timeout) {
		this.startTimeout = timeout;
		return this;
	}

	/**
	 * Starts Keycloak and returns once the realm's discovery document answers 200.
	 * @throws IllegalStateException if the server exits or does not answer in time; the
	 * message names the log file
	 */
	public RunningKeycloak start() {
		Path zip = (this.distributionZip != null) ? this.distributionZip : defaultDistributionZip();
		Path home = (this.cacheDir != null) ? this.cacheDir : defaultCacheDir();
		Path realmSource = (this.realmFile != null) ? this.realmFile : defaultRealmFile();
		if (!Files.isRegularFile(realmSource)) {
			throw new IllegalStateException("realm file not found: " + realmSource.toAbsolutePath());
		}
		int httpPort = (this.port != 0) ? this.port : freePort();
		int managementPort = freePort();
		Path log = (this.logFile != null) ? this.logFile
				: Path.of(System.getProperty("java.io.tmpdir"), "shuangsuiji-keycloak-" + httpPort + ".log");
		KeycloakDistribution distribution = new KeycloakDistribution(zip, home);
		return distribution.whileLocked(() -> {
			replaceImports(distribution.importDir(), realmSource);
			return launch(distribution, httpPort, managementPort, log.toAbsolutePath());
		});
	}

	private RunningKeycloak launch(KeycloakDistribution distribution, int httpPort, int managementPort, Path log)
			throws IOException {
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command(distribution.script(), httpPort, managementPort))
			.directory(distribution.home().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		environment(builder.environment(), this.adminUsername, this.adminPassword, this.javaOptions);
		long started = System.nanoTime();
		logger.info("Starting Keycloak {} on port {} (log: {})", VERSION, httpPort, log);
		Process process = builder.start();
		RunningKeycloak running = new RunningKeycloak(process, httpPort, managementPort, this.realm, log);
		try {
			running.awaitReady(this.startTimeout);
		}
		catch (RuntimeException ex) {
			running.close();
			throw ex;
		}
		logger.info("Keycloak ready at {} after {} s", running.baseUrl(),
				(System.nanoTime() - started) / 1_000_000_000);
		return running;
	}

	/**
	 * The {@code kc.sh} command line; the options must stay the same so the build is
	 * reused.
	 */
	static List<String> command(Path script, int httpPort, int managementPort) {
		List<String> command = new ArrayList<>();
		command.add("/bin/sh");
		command.add(script.toString());
		command.add("start-dev");
		command.add("--http-port=" + httpPort);
		// Loopback only (the management interface inherits it): a dev-mode server with a
		// known admin password must not be reachable from the network.
		command.add("--http-host=127.0.0.1");
		command.add("--hostname=http://localhost:" + httpPort);
		command.add("--import-realm");
		command.add("--db=dev-mem");
		command.add("--http-management-port=" + managementPort);
		command.add("--health-enabled=true");
		return command;
	}

	/**
	 * The server's environment: the bootstrap admin, this JVM's Java, the extra JVM
	 * options, and none of the caller's {@code KC_*} or {@code JAVA_OPTS*} variables,
	 * which would change the build options and force a slow rebuild (or point Keycloak at
	 * another database).
	 */
	static void environment(Map<String, String> env, String adminUsername, String adminPassword, String javaOptions) {
		env.keySet()
			.removeIf((name) -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS") || name.equals("JAVA")
					|| name.equals("DEBUG"));
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		if (!javaOptions.isBlank()) {
			env.put("JAVA_OPTS_APPEND", javaOptions);
		}
	}

	/** Leaves exactly one realm file in {@code data/import/}, written atomically. */
	static void replaceImports(Path importDir, Path realmSource) throws IOException {
		Files.createDirectories(importDir);
		try (var existing = Files.list(importDir)) {
			for (Path file : existing.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Path staged = Files.createTempFile(importDir.getParent(), "realm-", ".json.tmp");
		Files.copy(realmSource, staged, StandardCopyOption.REPLACE_EXISTING);
		Files.move(staged, importDir.resolve(realmSource.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The zip: system property {@code keycloak.dist.zip} (set by the Maven build), else
	 * the local Maven repository ({@code maven.repo.local} or {@code ~/.m2/repository}).
	 */
	public static Path defaultDistributionZip() {
		String configured = System.getProperty("keycloak.dist.zip");
		if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
			return Path.of(configured);
		}
		String repository = System.getProperty("maven.repo.local");
		Path base = (repository != null && !repository.isBlank()) ? Path.of(repository)
				: Path.of(System.getProperty("user.home"), ".m2", "repository");
		return distributionInRepository(base, VERSION);
	}

	static Path distributionInRepository(Path repository, String version) {
		return repository.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", version,
				"keycloak-quarkus-dist-" + version + ".zip"));
	}

	/**
	 * The cache folder: system property {@code keycloak.cache.dir}, else
	 * {@code ~/.cache/shuangsuiji/keycloak-<version>}.
	 */
	public static Path defaultCacheDir() {
		String configured = System.getProperty("keycloak.cache.dir");
		if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".cache", "shuangsuiji", "keycloak-" + VERSION);
	}

	/**
	 * The realm file: system property {@code keycloak.realm.file}, else
	 * {@value #REALM_FILE} in the working folder or the nearest parent that has one.
	 */
	public static Path defaultRealmFile() {
		String configured = System.getProperty("keycloak.realm.file");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return findUpwards(Path.of(System.getProperty("user.dir")), REALM_FILE);
	}

	static Path findUpwards(Path start, String relative) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(relative);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				relative + " not found in " + start.toAbsolutePath() + " or its parents; set -Dkeycloak.realm.file");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port", ex);
		}
	}

	/** Whether {@code url} answers 200 now. */
	static boolean answers200(HttpClient client, URI url) {
		try {
			HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for Keycloak", ex);
		}
	}

}
