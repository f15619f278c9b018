package org.shuangsuiji.nationaldata;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.nationaldata.RegionCatalogue.Level;
import org.shuangsuiji.platform.category.BusinessCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DataSetGeneratorTest {

	private static final RegionCatalogue REGIONS = RegionCatalogue.national();

	private static DataSet national;

	@BeforeAll
	static void generateTheNationalSetOnce() {
		national = new DataSetGenerator(REGIONS).generate(1, 1.0);
	}

	@Test
	void theSameSeedAndScaleGiveTheSameDataRowForRow() {
		DataSet again = new DataSetGenerator(REGIONS).generate(1, 1.0);
		assertThat(again).isEqualTo(national);
		assertThat(ImportFiles.appraisers(again.appraisers())).isEqualTo(ImportFiles.appraisers(national.appraisers()));
	}

	@Test
	void anotherSeedGivesOtherData() {
		DataSet other = new DataSetGenerator(REGIONS).generate(2, 0.05);
		DataSet first = new DataSetGenerator(REGIONS).generate(1, 0.05);
		assertThat(other.agencies()).isNotEqualTo(first.agencies());
		assertThat(other.agencies()).hasSameSizeAs(first.agencies());
	}

	@Test
	void atScaleOneItHasTheNationalSizesOfTheIssue() {
		assertThat(national.agencies()).hasSize(3_000);
		assertThat(national.appraisers()).hasSize(40_000);
		assertThat(national.inspectors().size() + national.experts().size()).isEqualTo(8_000);
		Set<String> provinces = national.agencies()
			.stream()
			.map((a) -> a.regionCode().substring(0, 2))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(provinces).hasSize(31);
		long cities = national.agencies().stream().map((a) -> a.regionCode().substring(0, 4)).distinct().count();
		assertThat(national.plans()).hasSize((int) cities * 10);
		assertThat(national.plans()).extracting(DataSet.Plan::year)
			.containsOnly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
		assertThat(national.plans()).extracting(DataSet.Plan::templateId)
			.contains("xinxiang-2024-checklist", "ezhou-2025-scoring");
	}

	@Test
	void agenciesSitInCountyLevelUnitsWithValidUniqueCreditCodes() {
		assertThat(national.agencies()).allSatisfy((a) -> {
			assertThat(REGIONS.get(a.regionCode()).level()).isEqualTo(Level.COUNTY);
			assertThat(CreditCodes.isValid(a.creditCode())).as(a.creditCode()).isTrue();
			assertThat(a.creditCode().substring(2, 8)).isEqualTo(a.regionCode());
			assertThat(a.categories()).isNotEmpty();
		});
		assertUnique(national.agencies(), DataSet.Agency::creditCode);
	}

	@Test
	void theCategoryMixFollowsTheAssumedShares() {
		Map<BusinessCategory, Integer> held = new EnumMap<>(BusinessCategory.class);
		national.agencies().forEach((a) -> a.categories().forEach((c) -> held.merge(c, 1, Integer::sum)));
		for (BusinessCategory category : BusinessCategory.values()) {
			double share = held.getOrDefault(category, 0) / 3_000.0;
			assertThat(share).as(category.chineseName())
				.isCloseTo(CategoryMix.AGENCY_SHARE.get(category), within(0.03));
		}
		assertThat(held.get(BusinessCategory.FORENSIC_CLINICAL)).isGreaterThan(held.get(BusinessCategory.DOCUMENT));
	}

	@Test
	void everyAppraiserPractisesOnlyCategoriesOfTheAgencyAndEveryAgencyHasThree() {
		Map<String, DataSet.Agency> agencies = national.agencies()
			.stream()
			.collect(Collectors.toMap(DataSet.Agency::creditCode, Function.identity()));
		Map<String, Integer> staff = national.appraisers()
			.stream()
			.collect(Collectors.toMap(DataSet.Appraiser::agencyCreditCode, (a) -> 1, Integer::sum));
		assertThat(national.appraisers()).allSatisfy((a) -> {
			DataSet.Agency agency = agencies.get(a.agencyCreditCode());
			assertThat(agency.categories()).containsAll(a.categories());
			assertThat(a.categories()).hasSizeBetween(1, 3);
			assertThat(a.regionCode()).isEqualTo(agency.regionCode());
			assertThat(a.certificateNo()).matches("[0-9A-Za-z\\-]{4,32}");
		});
		assertThat(staff.values()).allMatch((n) -> n >= DataSetGenerator.MIN_APPRAISERS_PER_AGENCY);
		assertUnique(national.appraisers(), DataSet.Appraiser::certificateNo);
	}

	@Test
	void everyCityWithAgenciesHasTwoCertifiedActiveInspectorsForItsDraw() {
		Set<String> cities = national.agencies()
			.stream()
			.map((a) -> a.regionCode().substring(0, 4))
			.collect(Collectors.toSet());
		for (String city : cities) {
			long certified = national.inspectors()
				.stream()
				.filter((p) -> p.regionCode().startsWith(city) && p.certNo() != null && p.active())
				.count();
			assertThat(certified).as(city).isGreaterThanOrEqualTo(2);
		}
		assertUnique(national.inspectors().stream().filter((p) -> p.certNo() != null).toList(),
				DataSet.PoolPerson::certNo);
		assertUnique(national.inspectors(), DataSet.PoolPerson::naturalKey);
		assertUnique(national.experts(), DataSet.PoolPerson::naturalKey);
		assertThat(national.experts()).allSatisfy((e) -> assertThat(e.specialities()).isNotEmpty());
	}

	@Test
	void conflictsJoinAPoolMemberToAnAgencyOfTheSameCity() {
		Set<String> inspectors = national.inspectors()
			.stream()
			.map(DataSet.PoolPerson::naturalKey)
			.collect(Collectors.toSet());
		Set<String> experts = national.experts()
			.stream()
			.map(DataSet.PoolPerson::naturalKey)
			.collect(Collectors.toSet());
		Map<String, String> agencyRegion = national.agencies()
			.stream()
			.collect(Collectors.toMap(DataSet.Agency::creditCode, DataSet.Agency::regionCode));
		assertThat(national.conflicts()).hasSizeBetween(250, 450);
		assertThat(national.conflicts()).allSatisfy((c) -> {
			assertThat(("INSPECTOR".equals(c.personKind()) ? inspectors : experts)).contains(c.personKey());
			assertThat(agencyRegion.get(c.agencyCreditCode()).substring(0, 4))
				.isEqualTo(c.personRegion().substring(0, 4));
		});
	}

	@Test
	void smallScalesStayConsistent() {
		DataSet tiny = new DataSetGenerator(REGIONS).generate(7, 0.001);
		assertThat(tiny.agencies()).hasSize(3);
		assertThat(tiny.appraisers()).hasSize(40);
		assertThat(tiny.plans()).isNotEmpty();
	}

	private static <T> void assertUnique(List<T> rows, Function<T, String> key) {
		Set<String> seen = new HashSet<>();
		assertThat(rows).allSatisfy((row) -> assertThat(seen.add(key.apply(row))).as(key.apply(row)).isTrue());
	}

}
