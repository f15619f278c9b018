package org.shuangsuiji.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Keycloak's key set as a fault test needs it: a real JWK set over HTTP whose signing key
 * can be rotated, and which can be stopped and started again on the same port (Keycloak
 * restarted or unreachable). Tokens are {@link TestJwts} tokens signed with the current
 * key. Unlike {@link TestJwts}' shared key set, each instance belongs to one test class:
 * register it as a static {@code @RegisterExtension} field, and it answers again before
 * each test (whatever the test before stopped) and stops after the class.
 */
public final class KeySetServer implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

	private final AtomicInteger fetches = new AtomicInteger();

	private final int port;

	private volatile RSAKey key;

	/** The key before the last rotation, still published. */
	private volatile RSAKey previous;

	private HttpServer server;

	private KeySetServer(int port) {
		this.key = newKey();
		this.server = listen(port);
		this.port = this.server.getAddress().getPort();
	}

	/** Publishes a fresh key on a free loopback port. */
	public static KeySetServer start() {
		return new KeySetServer(0);
	}

	/** Where the key set is published. */
	public String jwkSetUri() {
		return "http://127.0.0.1:" + this.port + "/jwks.json";
	}

	/**
	 * Makes the application under test trust this key set: the {@link TestJwts} issuer,
	 * its keys fetched from {@link #jwkSetUri()}.
	 */
	public void trustedBy(DynamicPropertyRegistry properties) {
		properties.add("platform.security.issuer", () -> TestJwts.ISSUER);
		properties.add("platform.security.jwk-set-uri", this::jwkSetUri);
	}

	/** The token of {@code builder}, signed with the key published now. */
	public String token(TestJwts.Builder builder) {
		return builder.token(this.key);
	}

	/** {@link #token} as the value of an {@code Authorization} header. */
	public String bearer(TestJwts.Builder builder) {
		return "Bearer " + token(builder);
	}

	/** The id of the key published now. */
	public String keyId() {
		return this.key.getKeyID();
	}

	/**
	 * Rotates the signing key as Keycloak does: a new key signs from now on, the one
	 * before stays published so tokens it signed remain valid until they expire.
	 */
	public synchronized void rotate() {
		this.previous = this.key;
		this.key = newKey();
	}

	/** Stops answering: connections to the port are refused. */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
	}

	/** Answers again on the same port, with the key it had. */
	public synchronized void restart() {
		if (this.server == null) {
			this.server = listen(this.port);
		}
	}

	/** How many times the key set was fetched. */
	public int fetches() {
		return this.fetches.get();
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		restart();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	private HttpServer listen(int port) {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			http.createContext("/jwks.json", (exchange) -> {
				this.fetches.incrementAndGet();
				byte[] jwks = published().toString().getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(jwks);
				}
			});
			http.start();
			return http;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish the key set on port " + port, ex);
		}
	}

	private JWKSet published() {
		RSAKey before = this.previous;
		return (before != null) ? new JWKSet(List.of(this.key.toPublicJWK(), before.toPublicJWK()))
				: new JWKSet(this.key.toPublicJWK());
	}

	private static RSAKey newKey() {
		try {
			return TestJwts.generateKey();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
