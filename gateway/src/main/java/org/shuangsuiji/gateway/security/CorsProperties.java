package org.shuangsuiji.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.cors.*}.
 *
 * @param allowedOrigins the SPA's origins (comma-separated in {@code SPA_ORIGINS})
 */
@ConfigurationProperties("gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

	public CorsProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
	}

}
