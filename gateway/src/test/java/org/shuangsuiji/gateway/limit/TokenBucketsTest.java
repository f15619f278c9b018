package org.shuangsuiji.gateway.limit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketsTest {

	private final AtomicLong now = new AtomicLong();

	@Test
	void grantsABurstThenAsksToWaitForTheNextToken() {
		TokenBuckets buckets = new TokenBuckets(2, 3, 100, this.now::get);

		assertThat(buckets.acquire("u")).isZero();
		assertThat(buckets.acquire("u")).isZero();
		assertThat(buckets.acquire("u")).isZero();
		assertThat(buckets.acquire("u")).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void refillsAtTheConfiguredRateUpToTheBurst() {
		TokenBuckets buckets = new TokenBuckets(2, 3, 100, this.now::get);
		for (int i = 0; i < 3; i++) {
			buckets.acquire("u");
		}

		this.now.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(buckets.acquire("u")).isZero();
		assertThat(buckets.acquire("u")).isPositive();

		this.now.addAndGet(Duration.ofHours(1).toNanos());
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.acquire("u")).isZero();
		}
		assertThat(buckets.acquire("u")).isPositive();
	}

	@Test
	void keepsOneBucketPerKey() {
		TokenBuckets buckets = new TokenBuckets(1, 1, 100, this.now::get);

		assertThat(buckets.acquire("alice")).isZero();
		assertThat(buckets.acquire("bob")).isZero();
		assertThat(buckets.acquire("alice")).isPositive();
	}

	@Test
	void forgetsIdleUsersWhenTrackingTooMany() {
		TokenBuckets buckets = new TokenBuckets(1, 1, 2, this.now::get);
		buckets.acquire("alice");
		buckets.acquire("bob");
		this.now.addAndGet(Duration.ofSeconds(5).toNanos());

		buckets.acquire("carol");

		assertThat(buckets.size()).isEqualTo(1);
	}

	@Test
	void keepsBusyUsersWhenTrackingTooMany() {
		TokenBuckets buckets = new TokenBuckets(1, 1, 2, this.now::get);
		buckets.acquire("alice");
		buckets.acquire("bob");

		buckets.acquire("carol");

		assertThat(buckets.size()).isEqualTo(3);
		assertThat(buckets.acquire("alice")).isPositive();
	}

	@Test
	void refusesNonPositiveSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBuckets(0, 1, 1, this.now::get));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBuckets(1, 0, 1, this.now::get));
	}

}
