package org.shuangsuiji.inspection.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SamplingTest {

	@Test
	void rateRoundsUp() {
		assertThat(new Sampling.Rate(20).sampleSize(3000)).isEqualTo(600);
		assertThat(new Sampling.Rate(20).sampleSize(11)).isEqualTo(3);
	}

	@Test
	void countIsRaisedToFivePercentOfThePool() {
		Sampling count = new Sampling.Count(3);
		assertThat(count.sampleSize(200)).isEqualTo(10);
		assertThat(count.floorApplied(200)).isTrue();
		assertThat(count.sampleSize(40)).isEqualTo(3);
		assertThat(count.floorApplied(40)).isFalse();
	}

	@Test
	void neverDrawsMoreThanThePool() {
		assertThat(new Sampling.Count(50).sampleSize(7)).isEqualTo(7);
		assertThat(new Sampling.Count(50).floorApplied(7)).isFalse();
	}

	@Test
	void allMeansTheWholePool() {
		assertThat(new Sampling.All().sampleSize(23)).isEqualTo(23);
	}

	@Test
	void aPoolOfOneStillGetsOneInspection() {
		assertThat(Sampling.floor(1)).isEqualTo(1);
		assertThat(new Sampling.Rate(5).sampleSize(1)).isEqualTo(1);
	}

	@Test
	void refusesRatesBelowTheFloorAndEmptyCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sampling.Rate(4));
		assertThatIllegalArgumentException().isThrownBy(() -> new Sampling.Rate(101));
		assertThatIllegalArgumentException().isThrownBy(() -> new Sampling.Count(0));
	}

	@Test
	void readsTheWireForm() {
		assertThat(Sampling.of("RATE", 20)).isEqualTo(new Sampling.Rate(20));
		assertThat(Sampling.of("COUNT", 4)).isEqualTo(new Sampling.Count(4));
		assertThat(Sampling.of("ALL", null)).isEqualTo(new Sampling.All());
		assertThatIllegalArgumentException().isThrownBy(() -> Sampling.of("SOME", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Sampling.of("RATE", null));
	}

}
