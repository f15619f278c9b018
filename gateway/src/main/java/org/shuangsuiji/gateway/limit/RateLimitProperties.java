package org.shuangsuiji.gateway.limit;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.rate-limit.*}: requests per second and burst per user (per client
 * address when anonymous), counted in each gateway instance's memory.
 *
 * @param enabled whether the limit applies
 * @param requestsPerSecond the sustained rate
 * @param burst how many requests may arrive at once
 * @param maxKeys how many users are tracked before idle ones are forgotten
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(@Nullable Boolean enabled, double requestsPerSecond, int burst, int maxKeys) {

	public RateLimitProperties {
		enabled = (enabled == null) || enabled;
		requestsPerSecond = (requestsPerSecond > 0) ? requestsPerSecond : 20;
		burst = (burst > 0) ? burst : 40;
		maxKeys = (maxKeys > 0) ? maxKeys : 10_000;
	}

	public boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

}
