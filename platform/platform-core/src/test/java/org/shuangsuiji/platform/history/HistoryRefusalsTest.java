package org.shuangsuiji.platform.history;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRefusalsTest {

	@Test
	void nothingRefusedAddsNothingToTheSummaryAndExitsWithZero() {
		assertThat(HistoryRefusals.brief(List.of())).isEmpty();
		assertThat(HistoryRefusals.exitCode(List.of())).isZero();
	}

	@Test
	void theFirstTenRefusalsAreSpelledOutAndTheRestElided() {
		List<String> refused = IntStream.rangeClosed(1, 12).mapToObj((n) -> HistoryRefusals.of(n, "bad")).toList();
		assertThat(HistoryRefusals.brief(refused.subList(0, 2))).isEqualTo(" [line 1: bad; line 2: bad]");
		assertThat(HistoryRefusals.brief(refused)).startsWith(" [line 1: bad;")
			.contains("line 10: bad; …]")
			.doesNotContain("line 11");
		assertThat(HistoryRefusals.exitCode(refused)).isEqualTo(1);
	}

}
