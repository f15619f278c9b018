package org.shuangsuiji.inspection.dashboard.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.dashboard.NationalTallies.Stale;
import org.shuangsuiji.inspection.dashboard.NationalTally;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national view's tallies on both back ends (ADR 0001): a touch marks a cell stale
 * with a new generation, and a recount is kept only against the generation it read.
 */
abstract class MongoNationalTalliesContract extends MongoStoreContract {

	private static final ProvinceYear HENAN_2024 = new ProvinceYear(RegionCode.of("410000"), 2024);

	private static final ProvinceYear HENAN_2025 = new ProvinceYear(RegionCode.of("410000"), 2025);

	private static final ProvinceYear HUBEI_2024 = new ProvinceYear(RegionCode.of("420000"), 2024);

	private MongoNationalTallies tallies;

	@BeforeEach
	void tallies() {
		mongo().dropCollection(MongoNationalTallies.COLLECTION);
		this.tallies = new MongoNationalTallies(mongo());
	}

	private static NationalTally tally(ProvinceYear cell, long inspections) {
		return new NationalTally(cell, Set.of("plan-1", "plan-2"), Set.of("ag-1"), inspections, 1, 1, 3, 2, 1, 1,
				List.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 11)));
	}

	@Test
	void aTouchedCellIsStaleUntilARecountIsSavedAgainstItsGeneration() {
		this.tallies.touch(List.of(HENAN_2024, HUBEI_2024));
		assertThat(this.tallies.stale(null)).extracting(Stale::cell).containsExactlyInAnyOrder(HENAN_2024, HUBEI_2024);
		assertThat(this.tallies.all(null)).as("a cell never counted has no tally").isEmpty();

		Stale henan = this.tallies.stale(null).stream().filter((s) -> s.cell().equals(HENAN_2024)).findFirst().get();
		assertThat(this.tallies.save(tally(HENAN_2024, 4), henan.generation())).isTrue();
		assertThat(this.tallies.stale(null)).extracting(Stale::cell).containsExactly(HUBEI_2024);
		assertThat(this.tallies.all(null)).containsExactly(tally(HENAN_2024, 4));
	}

	@Test
	void aRecountThatATouchOvertookIsNotKeptAndTheCellStaysStale() {
		this.tallies.touch(List.of(HENAN_2024));
		long read = this.tallies.stale(2024).get(0).generation();
		// a write lands while the recount runs
		this.tallies.touch(List.of(HENAN_2024, HENAN_2024));
		assertThat(this.tallies.save(tally(HENAN_2024, 4), read)).isFalse();
		Stale again = this.tallies.stale(2024).get(0);
		assertThat(again.generation()).isGreaterThan(read);
		assertThat(this.tallies.save(tally(HENAN_2024, 5), again.generation())).isTrue();
		assertThat(this.tallies.all(2024)).containsExactly(tally(HENAN_2024, 5));

		// a saved tally stays readable while a new touch makes it stale again
		this.tallies.touch(List.of(HENAN_2024));
		assertThat(this.tallies.stale(2024)).hasSize(1);
		assertThat(this.tallies.all(2024)).containsExactly(tally(HENAN_2024, 5));
	}

	@Test
	void aYearReadsOnlyItsCells() {
		this.tallies.touch(List.of(HENAN_2024, HENAN_2025));
		for (Stale stale : this.tallies.stale(null)) {
			this.tallies.save(tally(stale.cell(), stale.cell().year() - 2020), stale.generation());
		}
		assertThat(this.tallies.all(2025)).containsExactly(tally(HENAN_2025, 5));
		assertThat(this.tallies.all(null)).hasSize(2);
		assertThat(this.tallies.stale(null)).isEmpty();
		this.tallies.touch(List.of());
		assertThat(this.tallies.stale(null)).isEmpty();
	}

}
