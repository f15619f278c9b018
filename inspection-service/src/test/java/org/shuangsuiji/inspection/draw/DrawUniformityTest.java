package org.shuangsuiji.inspection.draw;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.DrawFixtures.agencies;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inputs;
import static org.shuangsuiji.inspection.draw.DrawFixtures.inspectors;
import static org.shuangsuiji.inspection.draw.DrawFixtures.pool;

/**
 * Chi-square goodness-of-fit tests over fixed seeds {@code chi-0 … chi-N}: deterministic
 * (the same statistic every run), so never flaky. Critical values are for p = 0.001.
 */
class DrawUniformityTest {

	private static final int SEEDS = 20_000;

	/** χ² critical value, 19 degrees of freedom, p = 0.001. */
	private static final double CRITICAL_19 = 43.820;

	/** χ² critical value, 10 degrees of freedom, p = 0.001. */
	private static final double CRITICAL_10 = 29.588;

	/** χ² critical value, 9 degrees of freedom, p = 0.001. */
	private static final double CRITICAL_9 = 27.877;

	@Test
	void everyAgencyIsEquallyLikelyToBeDrawn() {
		DrawEngine engine = new DrawEngine(
				inputs(new Sampling.Count(1), TeamRules.minimal(), pool(agencies(20), inspectors(2))));
		long[] counts = new long[20];
		for (int seed = 0; seed < SEEDS; seed++) {
			DrawResult result = engine.draw("chi-" + seed);
			counts[index(result.agencies().get(0).agencyId())]++;
		}
		assertThat(chiSquare(counts, uniform(20, SEEDS))).isLessThan(CRITICAL_19);
	}

	@Test
	void everyAgencyIsEquallyLikelyToBeInALargerSample() {
		DrawEngine engine = new DrawEngine(
				inputs(new Sampling.Count(5), TeamRules.minimal(), pool(agencies(20), inspectors(10))));
		long[] counts = new long[20];
		for (int seed = 0; seed < SEEDS / 5; seed++) {
			engine.draw("chi-" + seed).agencies().forEach((a) -> counts[index(a.agencyId())]++);
		}
		assertThat(chiSquare(counts, uniform(20, SEEDS))).isLessThan(CRITICAL_19);
	}

	@Test
	void aPublishedWeightRaisesTheChanceInProportion() {
		List<AgencyWeight> weights = List.of(new AgencyWeight("a0000", 3, "2023年投诉3件"));
		DrawEngine engine = new DrawEngine(inputs(new Sampling.Count(1), TeamRules.minimal(), weights, List.of(),
				pool(agencies(11), inspectors(2))));
		long[] counts = new long[11];
		for (int seed = 0; seed < SEEDS; seed++) {
			counts[index(engine.draw("chi-" + seed).agencies().get(0).agencyId())]++;
		}
		double[] expected = new double[11];
		expected[0] = SEEDS * 3.0 / 13;
		for (int i = 1; i < 11; i++) {
			expected[i] = SEEDS * 1.0 / 13;
		}
		assertThat(chiSquare(counts, expected)).isLessThan(CRITICAL_10);
	}

	@Test
	void everyInspectorIsEquallyLikelyToBeOnATeam() {
		DrawEngine engine = new DrawEngine(
				inputs(new Sampling.Count(1), TeamRules.minimal(), pool(agencies(1), inspectors(10))));
		long[] counts = new long[10];
		for (int seed = 0; seed < SEEDS / 2; seed++) {
			engine.draw("chi-" + seed)
				.agencies()
				.get(0)
				.memberIds(PersonKind.INSPECTOR)
				.forEach((id) -> counts[Integer.parseInt(id.substring(1))]++);
		}
		assertThat(chiSquare(counts, uniform(10, SEEDS))).isLessThan(CRITICAL_9);
	}

	private static int index(String agencyId) {
		return Integer.parseInt(agencyId.substring(1));
	}

	private static double[] uniform(int cells, int total) {
		double[] expected = new double[cells];
		java.util.Arrays.fill(expected, (double) total / cells);
		return expected;
	}

	private static double chiSquare(long[] observed, double[] expected) {
		double sum = 0;
		for (int i = 0; i < observed.length; i++) {
			double diff = observed[i] - expected[i];
			sum += diff * diff / expected[i];
		}
		return sum;
	}

}
