package org.shuangsuiji.platform.web.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The MongoDB driver's waits, bounded: with the database down a request fails within
 * {@code server-selection-timeout} (and platform-web answers 503
 * {@code database-unavailable}) instead of holding its thread for the driver's default 30
 * s; the driver's own monitor reconnects once the database is back, with no restart of
 * the service.
 */
@AutoConfiguration
@ConditionalOnClass({ MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class })
@EnableConfigurationProperties(MongoClientAutoConfiguration.Timeouts.class)
public class MongoClientAutoConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer platformMongoTimeouts(Timeouts timeouts) {
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster
				.serverSelectionTimeout(timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(
					(socket) -> socket.connectTimeout((int) timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout((int) timeouts.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToServerSettings(
					(server) -> server.heartbeatFrequency(timeouts.heartbeat().toMillis(), TimeUnit.MILLISECONDS));
	}

	/**
	 * {@code platform.mongodb.*}.
	 *
	 * @param serverSelectionTimeout how long a request waits for a reachable database
	 * @param connectTimeout how long one connection attempt may take
	 * @param readTimeout how long one answer of the database may take
	 * @param heartbeat how often the driver checks the database while all is well
	 */
	@ConfigurationProperties("platform.mongodb")
	public record Timeouts(Duration serverSelectionTimeout, Duration connectTimeout, Duration readTimeout,
			Duration heartbeat) {

		public Timeouts {
			serverSelectionTimeout = (serverSelectionTimeout != null) ? serverSelectionTimeout : Duration.ofSeconds(5);
			connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
			readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(30);
			heartbeat = (heartbeat != null) ? heartbeat : Duration.ofSeconds(10);
		}

	}

}
