package org.shuangsuiji.gateway.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a user, or a client address for anonymous requests), kept in
 * this JVM's memory. A bucket holds up to {@code burst} tokens and refills at
 * {@code perSecond}; idle buckets are dropped once there are more than {@code maxKeys}.
 */
final class TokenBuckets {

	private final double perNano;

	private final double burst;

	private final int maxKeys;

	private final LongSupplier nanoClock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier nanoClock) {
		if (perSecond <= 0 || burst < 1 || maxKeys < 1) {
			throw new IllegalArgumentException("rate, burst and maxKeys must be positive");
		}
		this.perNano = perSecond / 1_000_000_000d;
		this.burst = burst;
		this.maxKeys = maxKeys;
		this.nanoClock = nanoClock;
	}

	/**
	 * Takes a token for {@code key}: {@link Duration#ZERO} when granted, otherwise how
	 * long until the next token.
	 */
	Duration acquire(String key) {
		long now = this.nanoClock.getAsLong();
		if (this.buckets.size() >= this.maxKeys && !this.buckets.containsKey(key)) {
			this.buckets.values().removeIf((bucket) -> bucket.isFullAt(now));
		}
		return this.buckets.computeIfAbsent(key, (ignored) -> new Bucket(now)).take(now);
	}

	int size() {
		return this.buckets.size();
	}

	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(long now) {
			this.tokens = TokenBuckets.this.burst;
			this.updated = now;
		}

		synchronized Duration take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) Math.ceil((1 - this.tokens) / TokenBuckets.this.perNano));
		}

		synchronized boolean isFullAt(long now) {
			refill(now);
			return this.tokens >= TokenBuckets.this.burst;
		}

		private void refill(long now) {
			double added = (now - this.updated) * TokenBuckets.this.perNano;
			this.tokens = Math.min(TokenBuckets.this.burst, this.tokens + added);
			this.updated = now;
		}

	}

}
