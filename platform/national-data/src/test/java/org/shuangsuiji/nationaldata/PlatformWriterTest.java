package org.shuangsuiji.nationaldata;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformWriterTest {

	private final RegionCatalogue regions = RegionCatalogue.national();

	private final DataSet data = new DataSetGenerator(this.regions).generate(1, 1.0);

	@Test
	void onlyWhatTheRegistryTreeKnowsIsInReachAndAppraisersFollowTheirAgencies() {
		// the tree registry-service ships: 河南's cities, 新乡's counties (and 鄂州's, left out
		// here)
		Set<String> known = new TreeSet<>();
		this.regions.all(RegionCatalogue.Level.CITY)
			.stream()
			.filter((d) -> d.code().startsWith("41"))
			.forEach((d) -> known.add(d.code()));
		this.regions.countiesUnder("410700").forEach((d) -> known.add(d.code()));

		DataSet reach = PlatformWriter.reachable(this.data, known);

		assertThat(reach.agencies()).isNotEmpty().allMatch((a) -> a.regionCode().startsWith("4107"));
		assertThat(reach.appraisers()).isNotEmpty().allMatch((a) -> a.regionCode().startsWith("4107"));
		assertThat(reach.appraisers())
			.hasSize((int) this.data.appraisers().stream().filter((a) -> a.regionCode().startsWith("4107")).count());
		assertThat(reach.inspectors()).isNotEmpty().allMatch((p) -> known.contains(p.regionCode()));
		assertThat(reach.conflicts()).allMatch((c) -> c.personRegion().startsWith("41"));
		// 河南's other cities are known, but their agencies are not in reach, so their
		// plans are not either
		assertThat(reach.plans()).hasSize(10).allMatch((p) -> p.cityCode().equals("410700"));
	}

	@Test
	void poolMembersWorkAtABureauNamedAfterARealPlace() {
		assertThat(this.data.inspectors()).noneMatch((p) -> p.unit().startsWith("市辖区"))
			.noneMatch((p) -> p.unit().startsWith("省直辖"));
		assertThat(this.data.inspectors()).anyMatch((p) -> p.unit().equals("北京市司法局"));
	}

}
