package org.shuangsuiji.nationaldata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NationalBenchTest {

	private static final long MS = 1_000_000L;

	@Test
	void percentilesAreNearestRankOfTheSortedSamples() {
		List<Long> samples = new ArrayList<>();
		// 100 down to 1 ms: the order they came in does not matter
		LongStream.rangeClosed(1, 100).map((n) -> (101 - n) * MS).forEach(samples::add);
		Timings timings = Timings.of(samples);
		assertThat(timings.count()).isEqualTo(100);
		assertThat(timings.p50Nanos()).isEqualTo(50 * MS);
		assertThat(timings.p95Nanos()).isEqualTo(95 * MS);
		assertThat(timings.maxNanos()).isEqualTo(100 * MS);
	}

	@Test
	void aFewSamplesGiveMeasuredTimesNeverInterpolatedOnes() {
		Timings timings = Timings.of(List.of(30 * MS, 10 * MS, 20 * MS));
		assertThat(timings.p50Nanos()).isEqualTo(20 * MS);
		assertThat(timings.p95Nanos()).isEqualTo(30 * MS);
		assertThat(Timings.of(List.of(7 * MS)).p95Nanos()).isEqualTo(7 * MS);
		assertThatIllegalStateException().isThrownBy(() -> Timings.of(List.of()).p50Nanos());
		assertThatIllegalArgumentException().isThrownBy(() -> timings.percentileNanos(0));
	}

	@Test
	void aReadPassesWhenItsP95IsWithinTheBudgetAndEveryAnswerWas2xx() {
		List<Long> fast = new ArrayList<>();
		LongStream.rangeClosed(1, 100).forEach((n) -> fast.add(n * 3 * MS));
		// p95 = 285 ms, max 300 ms
		assertThat(measured(300, fast, 0).verdict()).isEqualTo(Measurement.Verdict.PASS);
		assertThat(measured(285, fast, 0).verdict()).isEqualTo(Measurement.Verdict.PASS);
		assertThat(measured(284, fast, 0).verdict()).isEqualTo(Measurement.Verdict.FAIL);
		assertThat(measured(300, fast, 1).verdict()).isEqualTo(Measurement.Verdict.FAIL);
	}

	@Test
	void aReadWithNothingToTimeIsNotMeasuredUnlessEveryCallFailed() {
		assertThat(Measurement.notMeasured("national view", 300, "no endpoint").verdict())
			.isEqualTo(Measurement.Verdict.NOT_MEASURED);
		assertThat(measured(50, List.of(), 3).verdict()).isEqualTo(Measurement.Verdict.FAIL);
	}

	@Test
	void theReportShowsEachReadAgainstItsBudget() {
		BenchReport report = new BenchReport(Instant.parse("2026-11-30T17:00:00.123Z"), "a machine", 1.5, 2.25,
				"settings", List.of("3 agencies"), List.of(measured(300, List.of(100 * MS, 200 * MS), 0),
						Measurement.notMeasured("national view", 300, "no endpoint")));
		assertThat(report.text()).contains("national-bench 2026-11-30T17:00:00Z")
			.contains("1.50 at the start, 2.25 at the end")
			.contains("  3 agencies")
			.contains("| read | GET /x | someone | 2 | 100.0 | 200.0 | 200.0 | 0 | 300 ms | PASS |")
			.contains("| national view | - | - | 0 | - | - | - | 0 | 300 ms | n/a |")
			.contains("- national view: no endpoint");
	}

	@Test
	void theLargestCityHasTheMostAgenciesAmongThoseThatCanBeDrawnForTheLowerCodeOnATie() {
		Map<String, Long> agencies = Map.of("410100", 40L, "410700", 12L, "420700", 12L, "420100", 0L);
		assertThat(LargestCity.choose(agencies, (c) -> true)).contains("410100");
		assertThat(LargestCity.choose(agencies, (c) -> !c.equals("410100"))).contains("410700");
		assertThat(LargestCity.choose(agencies, (c) -> c.equals("420100"))).isEmpty();
		assertThat(LargestCity.choose(Map.of(), (c) -> true)).isEmpty();
	}

	@Test
	void theRegistrySearchTakesTheSixShapesInTurnThroughFivePagesWithEncodedText() {
		assertThat(NationalBench.registrySearch(0, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?page=0&size=20");
		assertThat(NationalBench.registrySearch(1, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?name=%E5%85%AC%E4%BF%A1&page=0&size=20");
		assertThat(NationalBench.registrySearch(2, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?region=410702&page=0&size=20");
		assertThat(NationalBench.registrySearch(5, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?status=ACTIVE&region=410700&category=%E6%96%87%E4%B9%A6&page=0&size=20");
		assertThat(NationalBench.registrySearch(6, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?page=1&size=20");
		assertThat(NationalBench.registrySearch(30, "410702", "410700"))
			.isEqualTo("/api/registry/agencies?page=0&size=20");
	}

	@Test
	void theNationalViewIsBothDashboardsAskedWithoutARegion() {
		assertThat(NationalBench.NATIONAL_INSPECTIONS).isEqualTo("/api/inspections/dashboard");
		assertThat(NationalBench.nationalScoring(2025)).isEqualTo("/api/scoring/dashboard?year=2025");
	}

	@Test
	void withoutOptionsItReadsAsTheGeneratorsDefaultAccounts() {
		NationalBench.Options options = NationalBench.Options.parse(new String[0]);
		assertThat(options.connection().accounts()).containsExactlyInAnyOrderEntriesOf(Map.of("410000",
				"henan-province", "420000", "hubei-province", "410700", "xinxiang-city", "420700", "ezhou-city"));
		assertThat(options.ministry()).isEqualTo("ministry");
		assertThat(options.runs()).isEqualTo(100);
		assertThat(options.warmup()).isEqualTo(10);
		assertThat(options.draws()).isEqualTo(40);
		assertThat(options.drawWarmup()).isEqualTo(10);
		assertThat(options.province()).isEmpty();
		assertThat(options.city()).isEmpty();
		assertThat(options.out()).isNull();
	}

	@Test
	void optionsChooseTheRegionsTheRunsAndTheFile() {
		NationalBench.Options options = NationalBench.Options
			.parse(new String[] { "--bureaus", "--province", "500000", "--city", "500100", "--runs", "30", "--warmup",
					"0", "--draws", "5", "--pace-ms", "0", "--out", "bench.txt", "--ministry", "sfb-jianding" });
		assertThat(options.connection().bureaus()).isTrue();
		assertThat(options.ministry()).isEqualTo("sfb-jianding");
		assertThat(options.province()).contains("500000");
		assertThat(options.city()).contains("500100");
		assertThat(options.runs()).isEqualTo(30);
		assertThat(options.warmup()).isZero();
		assertThat(options.draws()).isEqualTo(5);
		assertThat(options.paceMillis()).isZero();
		assertThat(options.out()).hasToString("bench.txt");
	}

	@Test
	void refusesRegionsOfTheWrongLevelNoRunsAndAccountsBesideBureaus() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalBench.Options.parse(new String[] { "--province", "410700" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalBench.Options.parse(new String[] { "--city", "410000" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalBench.Options.parse(new String[] { "--city", "410725" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalBench.Options.parse(new String[] { "--runs", "0" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalBench.Options.parse(new String[] { "--warmup", "many" }));
		assertThatIllegalArgumentException().isThrownBy(
				() -> NationalBench.Options.parse(new String[] { "--bureaus", "--account", "410000=henan-province" }));
		assertThatIllegalArgumentException().isThrownBy(() -> NationalBench.Options.parse(new String[] { "--fast" }));
		assertThatIllegalArgumentException().isThrownBy(() -> NationalBench.Options.parse(new String[] { "--runs" }));
	}

	private static Measurement measured(long budgetMillis, List<Long> nanos, int failures) {
		return new Measurement("read", "GET /x", "someone", budgetMillis, Timings.of(nanos), failures, null);
	}

}
