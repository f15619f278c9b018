package org.shuangsuiji.platform.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak server started by {@link KeycloakLauncher}. {@link #close()} stops the
 * server and every process it started.
 */
public final class RunningKeycloak implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RunningKeycloak.class);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	private final Process process;

	private final int port;

	private final int managementPort;

	private final String realm;

	private final Path logFile;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private boolean closed;

	RunningKeycloak(Process process, int port, int managementPort, String realm, Path logFile) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
		this.realm = realm;
		this.logFile = logFile;
	}

	public int port() {
		return this.port;
	}

	/** For example {@code http://localhost:8180}. */
	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** The {@code iss} of every token, fixed by {@code --hostname}. */
	public String issuer() {
		return baseUrl() + "/realms/" + this.realm;
	}

	public String tokenEndpoint() {
		return issuer() + "/protocol/openid-connect/token";
	}

	public String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

	/** The readiness probe on the management port. */
	public String healthReadyUrl() {
		return "http://localhost:" + this.managementPort + "/health/ready";
	}

	public Path logFile() {
		return this.logFile;
	}

	/**
	 * A password-grant access token (direct access grants must be enabled for the client,
	 * as for {@code shuangsuiji-cli}).
	 * @throws IllegalStateException naming Keycloak's error when the grant is refused
	 */
	public String passwordGrant(String clientId, String username, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "password");
		form.put("client_id", clientId);
		form.put("username", username);
		form.put("password", password);
		form.put("scope", "openid");
		return requestToken(form);
	}

	/**
	 * A client-credentials access token for a confidential client with a service account.
	 */
	public String clientCredentialsGrant(String clientId, String clientSecret) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		form.put("client_id", clientId);
		form.put("client_secret", clientSecret);
		return requestToken(form);
	}

	private String requestToken(Map<String, String> form) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return TokenResponses.accessToken(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("token request to " + tokenEndpoint() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during a token request", ex);
		}
	}

	static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	void awaitReady(Duration timeout) {
		URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!KeycloakLauncher.answers200(this.http, discovery)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with code " + this.process.exitValue()
						+ " while starting; see " + this.logFile + tail());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Keycloak did not answer " + discovery + " within " + timeout + "; see "
						+ this.logFile + tail());
			}
			try {
				Thread.sleep(POLL_INTERVAL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for Keycloak", ex);
			}
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

	/** Stops the server: SIGTERM to the script and its Java child, then a forced kill. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		List<ProcessHandle> tree = this.process.descendants().toList();
		this.process.destroy();
		tree.forEach(ProcessHandle::destroy);
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				logger.warn("Keycloak did not stop within 30 s; killing it");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
		logger.info("Keycloak on port {} stopped", this.port);
	}

}
