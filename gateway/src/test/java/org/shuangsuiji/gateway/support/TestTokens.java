package org.shuangsuiji.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak-shaped RS256 tokens signed by a key made for this JVM, whose public half is
 * served as a JWK set over HTTP, so the gateway verifies real signatures without a
 * Keycloak server. The integration tests use the real Keycloak instead.
 */
public final class TestTokens {

	static {
		// Answer without Nagle's delay: headers and body go out in separate writes.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	public static final String ISSUER = "http://localhost:65000/realms/shuangsuiji";

	private static final RSAKey KEY = generate();

	private static final RSAKey OTHER_KEY = generate();

	private static final HttpServer JWKS = serve(new JWKSet(KEY.toPublicJWK()).toString());

	private TestTokens() {
	}

	public static String jwkSetUri() {
		return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/certs";
	}

	/** Stops serving the key set (its thread would keep a plain {@code main} alive). */
	public static void stopKeyServer() {
		JWKS.stop(0);
	}

	public static Builder as(String... realmRoles) {
		return new Builder(List.of(realmRoles));
	}

	/** Builds one token; every method returns a copy. */
	public static final class Builder {

		private final List<String> roles;

		private @Nullable String region = "410700";

		private String subject = UUID.randomUUID().toString();

		private String username = "tester";

		private String audience = "shuangsuiji-api";

		private Instant expires = Instant.now().plus(Duration.ofMinutes(15));

		private RSAKey signer = KEY;

		private Builder(List<String> roles) {
			this.roles = roles;
		}

		public Builder region(String region) {
			this.region = region;
			return this;
		}

		public Builder withoutRegion() {
			this.region = null;
			return this;
		}

		public Builder username(String username) {
			this.username = username;
			this.subject = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
			return this;
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Builder expired() {
			this.expires = Instant.now().minus(Duration.ofMinutes(5));
			return this;
		}

		public Builder signedByAnotherKey() {
			this.signer = OTHER_KEY;
			return this;
		}

		public String token() {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
				.subject(this.subject)
				.audience(List.of(this.audience, "account"))
				.issueTime(Date.from(this.expires.minus(Duration.ofMinutes(15))))
				.expirationTime(Date.from(this.expires))
				.claim("preferred_username", this.username)
				.claim("realm_access", Map.of("roles", this.roles));
			if (this.region != null) {
				claims.claim("region_code", this.region);
			}
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signer.getKeyID()).build(), claims.build());
			try {
				jwt.sign(new RSASSASigner(this.signer));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer serve(String jwks) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
			server.createContext("/certs", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.setExecutor(null);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
