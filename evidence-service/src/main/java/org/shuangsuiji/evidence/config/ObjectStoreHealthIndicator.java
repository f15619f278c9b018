package org.shuangsuiji.evidence.config;

import org.shuangsuiji.evidence.storage.ObjectStore;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the object store answers. Part of {@code /actuator/health}, not of readiness:
 * with the store down the service still answers, with a precise 503 problem per request.
 */
public class ObjectStoreHealthIndicator implements HealthIndicator {

	private final ObjectStore store;

	private final String bucket;

	public ObjectStoreHealthIndicator(ObjectStore store, String bucket) {
		this.store = store;
		this.bucket = bucket;
	}

	@Override
	public Health health() {
		return (this.store.isAvailable() ? Health.up() : Health.down()).withDetail("bucket", this.bucket).build();
	}

}
