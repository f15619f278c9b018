package org.shuangsuiji.gateway.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}, the same keys the services use.
 *
 * @param issuer the expected {@code iss} (Keycloak's {@code --hostname} plus the realm);
 * mandatory: a blank issuer stops the start (platform-security {@code PlatformJwt})
 * @param jwkSetUri where the signing keys are fetched; defaults to the issuer's
 * {@code /protocol/openid-connect/certs} (set it apart when the gateway reaches Keycloak
 * by an internal address)
 * @param audience the audience every token must carry
 */
@ConfigurationProperties("platform.security")
public record GatewaySecurityProperties(@Nullable String issuer, @Nullable String jwkSetUri, String audience) {

	public GatewaySecurityProperties {
		audience = (audience == null || audience.isBlank()) ? "shuangsuiji-api" : audience;
	}

	public String effectiveJwkSetUri() {
		return (this.jwkSetUri != null && !this.jwkSetUri.isBlank()) ? this.jwkSetUri
				: this.issuer + "/protocol/openid-connect/certs";
	}

}
