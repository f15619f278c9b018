package org.shuangsuiji.inspection.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.dashboard.DashboardFacts;
import org.shuangsuiji.inspection.dashboard.NationalTallies;
import org.shuangsuiji.inspection.dashboard.NationalTally;
import org.shuangsuiji.inspection.dashboard.NationalTallying;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class NationalTallyRunnerTest {

	private static final ProvinceYear HENAN_2024 = new ProvinceYear(RegionCode.of("410000"), 2024);

	private final Recorded tallies = new Recorded();

	private final NationalTallying tallying = new NationalTallying(new OneProvinceYear(), this.tallies);

	@Test
	void theServiceMarksEveryProvinceYearAndRecountsItBeforeItIsReady() throws Exception {
		new DashboardConfiguration().nationalTallyRunner(this.tallying, "").run(new DefaultApplicationArguments());
		assertThat(this.tallies.touched).containsExactly(HENAN_2024);
		assertThat(this.tallies.saved).containsExactly(HENAN_2024);
	}

	@Test
	void theOneOffHistoryLoaderOnlyMarksForItServesNoReads() throws Exception {
		new DashboardConfiguration().nationalTallyRunner(this.tallying, "/data/history.jsonl")
			.run(new DefaultApplicationArguments());
		assertThat(this.tallies.touched).containsExactly(HENAN_2024);
		assertThat(this.tallies.saved).isEmpty();
	}

	/** The store: a touched cell stays stale until saved. */
	private static final class Recorded implements NationalTallies {

		final List<ProvinceYear> touched = new ArrayList<>();

		final List<ProvinceYear> saved = new ArrayList<>();

		@Override
		public void touch(Collection<ProvinceYear> cells) {
			this.touched.addAll(cells);
		}

		@Override
		public List<Stale> stale(Integer year) {
			return this.touched.stream().filter((c) -> !this.saved.contains(c)).map((c) -> new Stale(c, 1L)).toList();
		}

		@Override
		public boolean save(NationalTally tally, long generation) {
			return this.saved.add(tally.cell());
		}

		@Override
		public List<NationalTally> all(Integer year) {
			return List.of();
		}

	}

	/** Facts with one task-bearing province-year and nothing to count in it. */
	private static final class OneProvinceYear implements DashboardFacts {

		@Override
		public List<ProvinceYear> provinceYears() {
			return List.of(HENAN_2024);
		}

		@Override
		public List<TaskTally> tasks(Area region, Integer year) {
			return List.of();
		}

		@Override
		public List<Tally> findings(Area region, Integer year) {
			return List.of();
		}

		@Override
		public List<Tally> rectifications(Area region, Integer year) {
			return List.of();
		}

		@Override
		public List<Tally> publications(Area region, Integer year) {
			return List.of();
		}

		@Override
		public List<Visit> unpublishedVisits(Area region, Integer year) {
			return List.of();
		}

	}

}
