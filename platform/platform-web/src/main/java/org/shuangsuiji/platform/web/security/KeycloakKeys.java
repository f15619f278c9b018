package org.shuangsuiji.platform.web.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * Keycloak's signing keys as every service holds them: fetched with the first token,
 * fetched again when a token names a key id the set lacks (a rotation, picked up without
 * a restart) and every {@code refresh}; when Keycloak cannot be reached the keys last
 * fetched stay in use, so an outage of Keycloak does not refuse tokens it already issued.
 */
final class KeycloakKeys {

	private static final int CONNECT_TIMEOUT_MS = 2000;

	private static final int READ_TIMEOUT_MS = 3000;

	private static final int SIZE_LIMIT_BYTES = 256 * 1024;

	private KeycloakKeys() {
	}

	static JWKSource<SecurityContext> of(String jwkSetUri, Duration refresh) {
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(URI.create(jwkSetUri).toURL(),
						new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, SIZE_LIMIT_BYTES))
				.cache(refresh.toMillis(), READ_TIMEOUT_MS + CONNECT_TIMEOUT_MS)
				.refreshAheadCache(false)
				// Tokens with unknown key ids must not hammer Keycloak; the interval has
				// to stay
				// below the refresh period.
				.rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, refresh.toMillis() / 2))
				.outageTolerantForever()
				.build();
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("platform.security.jwk-set-uri is not a URL: " + jwkSetUri, ex);
		}
	}

}
