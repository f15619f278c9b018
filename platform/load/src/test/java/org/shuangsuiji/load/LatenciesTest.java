package org.shuangsuiji.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

	@Test
	void percentilesAreTheNearestRankInMilliseconds() {
		Latencies latencies = new Latencies();
		for (int i = 100; i >= 1; i--) {
			latencies.add(i * 1000L);
		}
		assertThat(latencies.count()).isEqualTo(100);
		assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
		assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
		assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
	}

	@Test
	void growsPastItsFirstCapacityAndIsZeroWhenEmpty() {
		Latencies latencies = new Latencies();
		assertThat(latencies.percentileMillis(50)).isZero();
		for (int i = 0; i < 5000; i++) {
			latencies.add(1500);
		}
		assertThat(latencies.count()).isEqualTo(5000);
		assertThat(latencies.percentileMillis(99)).isEqualTo(1.5);
	}

}
