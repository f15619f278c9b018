package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RandomStreamTest {

	@Test
	void blocksAreHmacSha256OfCommitmentLabelAndCounterKeyedWithTheSeed() {
		// python3: int.from_bytes(hmac.new(seed.encode(), f"{c}:{label}:{i}".encode(),
		// hashlib.sha256).digest()[:8], 'big') & (2**63 - 1)
		RandomStream stream = new RandomStream("公证书(2024)豫新证字第1号", "abc", "agencies");
		assertThat(List.of(stream.nextBlock(), stream.nextBlock(), stream.nextBlock()))
			.containsExactly(837104157524607496L, 1830714700178398617L, 5118559281150101788L);
	}

	@Test
	void belowGivesTheSameNumbersAsTheDocumentedReduction() {
		RandomStream stream = new RandomStream("seed", "c", "l");
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			values.add(stream.below(10));
		}
		assertThat(values).containsExactly(6L, 2L, 4L, 1L, 2L, 4L, 4L, 1L, 2L, 5L);
	}

	@Test
	void rejectsBlocksAboveTheLargestMultipleOfN() {
		long n = (1L << 62) + 1;
		RandomStream stream = new RandomStream("seed", "c", "rejection");
		for (int i = 0; i < 200; i++) {
			assertThat(stream.below(n)).isBetween(0L, n - 1);
		}
		assertThat(stream.blocksUsed()).as("about half the blocks lie above 2^63 - (2^63 mod n)").isGreaterThan(250);
	}

	@Test
	void separateLabelsGiveSeparateStreams() {
		assertThat(new RandomStream("s", "c", "a").nextBlock())
			.isNotEqualTo(new RandomStream("s", "c", "b").nextBlock());
		assertThat(new RandomStream("s", "c1", "a").nextBlock())
			.isNotEqualTo(new RandomStream("s", "c2", "a").nextBlock());
	}

	@Test
	void belowOneIsAlwaysZeroAndBelowZeroIsRefused() {
		assertThat(new RandomStream("s", "c", "a").below(1)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new RandomStream("s", "c", "a").below(0));
	}

}
