package org.shuangsuiji.inspection.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inspection.demo.*}: the local run's demo plan and the demo account it draws as.
 *
 * @param enabled whether to load the demo plan (the {@code local} profile turns it on)
 * @param tokenUri Keycloak's token endpoint
 * @param clientId a client that allows the password grant (local realm only)
 * @param username the demo city account (新乡市司法局)
 * @param password its password (local realm only)
 * @param retryInterval how long to wait before trying again while registry-service or
 * Keycloak is not up yet
 */
@ConfigurationProperties("inspection.demo")
public record DemoProperties(boolean enabled, String tokenUri, String clientId, String username, String password,
		Duration retryInterval) {

	public DemoProperties {
		retryInterval = (retryInterval != null) ? retryInterval : Duration.ofSeconds(15);
	}

}
