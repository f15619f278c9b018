package org.shuangsuiji.platform.web.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}: how a service checks tokens.
 *
 * @param jwkSetUri where Keycloak publishes its signing keys
 * @param issuer the expected {@code iss} (Keycloak's hostname plus the realm); mandatory:
 * a blank issuer fails at start-up (tests get theirs from platform-test)
 * @param audience the audience every token must carry
 * @param publicPaths paths reachable without a token, besides health and API docs
 * @param jwkSetRefresh how long fetched keys are used before they are fetched again (a
 * token with an unknown key id fetches them at once; an unreachable Keycloak keeps the
 * last keys in use)
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String jwkSetUri, String issuer, String audience, List<String> publicPaths,
		Duration jwkSetRefresh) {

	public PlatformSecurityProperties {
		jwkSetUri = (jwkSetUri == null || jwkSetUri.isBlank())
				? "http://localhost:8180/realms/shuangsuiji/protocol/openid-connect/certs" : jwkSetUri;
		audience = (audience == null || audience.isBlank()) ? "shuangsuiji-api" : audience;
		publicPaths = (publicPaths == null) ? List.of("/api/public/**") : List.copyOf(publicPaths);
		jwkSetRefresh = (jwkSetRefresh == null) ? Duration.ofMinutes(5) : jwkSetRefresh;
	}

}
