package org.shuangsuiji.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.shuangsuiji.platform.security.Role;

/**
 * Signs real RS256 access tokens shaped like Keycloak's, with a key pair made for this
 * JVM and published as a JWK set over HTTP, so service tests go through the same
 * signature, audience and claim checks as production instead of bypassing security.
 */
public final class TestJwts {

	public static final String ISSUER = "http://localhost/realms/shuangsuiji-test";

	public static final String AUDIENCE = "shuangsuiji-api";

	private static RSAKey key;

	/** Signs "wrong signature" tokens: never published in the JWK set. */
	private static RSAKey otherKey;

	private static HttpServer server;

	private TestJwts() {
	}

	/** Where the test signing key is published. */
	public static synchronized String jwkSetUri() {
		ensureStarted();
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
	}

	/** Starts a token for a caller with the given roles (none for a role-less user). */
	public static Builder as(Role... roles) {
		Set<String> realmRoles = new LinkedHashSet<>();
		for (Role role : roles) {
			realmRoles.add(role.realmRole());
		}
		realmRoles.add("offline_access");
		return new Builder(List.copyOf(realmRoles));
	}

	/**
	 * Starts a token whose {@code realm_access.roles} are exactly these names, roles
	 * outside the platform (such as {@code uma_authorization}) included.
	 */
	public static Builder withRealmRoles(String... realmRoles) {
		return new Builder(List.of(realmRoles));
	}

	/**
	 * Stops publishing the key set (its thread would keep a plain {@code main} alive);
	 * the next token or {@link #jwkSetUri()} starts a new one with a new key.
	 */
	public static synchronized void stopKeyServer() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}

	private static synchronized RSAKey key() {
		ensureStarted();
		return key;
	}

	private static synchronized RSAKey otherKey() {
		ensureStarted();
		return otherKey;
	}

	private static void ensureStarted() {
		if (server != null) {
			return;
		}
		try {
			key = generateKey();
			otherKey = generateKey();
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(jwks);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException("cannot start the test JWK set", ex);
		}
	}

	/** A fresh RSA signing key with a random key id. */
	static RSAKey generateKey() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("test-" + UUID.randomUUID())
			.build();
	}

	/** A token under construction; every setter returns this. */
	public static final class Builder {

		private final List<String> realmRoles;

		private String subject = "user-" + UUID.randomUUID();

		private String name;

		private String region = "410700";

		private String agency;

		private String audience = AUDIENCE;

		private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

		private final Map<String, Object> extraClaims = new java.util.LinkedHashMap<>();

		private boolean signedByAnotherKey;

		private Builder(List<String> realmRoles) {
			this.realmRoles = realmRoles;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder region(String region) {
			this.region = region;
			return this;
		}

		public Builder withoutRegion() {
			this.region = null;
			return this;
		}

		public Builder agency(String agencyId) {
			this.agency = agencyId;
			return this;
		}

		/** The {@code person_id} claim: the registry inspector or expert. */
		public Builder person(String personId) {
			return claim("person_id", personId);
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Builder expired() {
			this.expiresAt = Instant.now().minus(Duration.ofMinutes(5));
			return this;
		}

		/** Signed by a key the JWK set does not publish: a wrong signature. */
		public Builder signedByAnotherKey() {
			this.signedByAnotherKey = true;
			return this;
		}

		public Builder claim(String name, Object value) {
			this.extraClaims.put(name, value);
			return this;
		}

		/** The signed compact JWT. */
		public String token() {
			return token(this.signedByAnotherKey ? otherKey() : key());
		}

		/**
		 * The JWT signed by {@code signingKey} (a {@link KeySetServer}'s current key).
		 */
		String token(RSAKey signingKey) {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
				.subject(this.subject)
				.audience(List.of(this.audience, "account"))
				.issueTime(Date.from(this.expiresAt.minus(Duration.ofMinutes(15))))
				.expirationTime(Date.from(this.expiresAt))
				.jwtID(UUID.randomUUID().toString())
				.claim("preferred_username", this.subject)
				.claim("realm_access", Map.of("roles", this.realmRoles));
			if (this.name != null) {
				claims.claim("name", this.name);
			}
			if (this.region != null) {
				claims.claim("region_code", this.region);
			}
			if (this.agency != null) {
				claims.claim("agency_id", this.agency);
			}
			this.extraClaims.forEach(claims::claim);
			try {
				SignedJWT jwt = new SignedJWT(
						new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims.build());
				jwt.sign(new RSASSASigner(signingKey));
				return jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("cannot sign the test token", ex);
			}
		}

		/** The value of an {@code Authorization} header carrying the token. */
		public String bearer() {
			return "Bearer " + token();
		}

	}

}
