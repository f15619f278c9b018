package org.shuangsuiji.registry.region;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTreeTest {

	private final RegionTree tree = RegionTree.shipped();

	@Test
	void holdsEveryCountyLevelUnitOfXinxiang() {
		assertThat(this.tree.children(RegionCode.of("410700"))).extracting((r) -> r.code().value() + " " + r.name())
			.containsExactly("410702 红旗区", "410703 卫滨区", "410704 凤泉区", "410711 牧野区", "410721 新乡县", "410724 获嘉县",
					"410725 原阳县", "410726 延津县", "410727 封丘县", "410781 卫辉市", "410782 辉县市", "410783 长垣市");
	}

	@Test
	void holdsTheEighteenCitiesOfHenanWithJiyuanUnderTheProvincialPseudoCity() {
		List<Region> cityLevel = this.tree.children(RegionCode.of("410000"));
		assertThat(cityLevel).hasSize(18);
		long prefectures = cityLevel.stream().filter((r) -> !r.code().value().equals("419000")).count();
		assertThat(prefectures).isEqualTo(17);
		assertThat(this.tree.children(RegionCode.of("419000"))).extracting(Region::name).containsExactly("济源市");
	}

	@Test
	void holdsEzhouAndItsThreeDistricts() {
		assertThat(this.tree.find(RegionCode.of("420700"))).map(Region::name).contains("鄂州市");
		assertThat(this.tree.children(RegionCode.of("420700"))).extracting((r) -> r.code().value() + " " + r.name())
			.containsExactly("420702 梁子湖区", "420703 华容区", "420704 鄂城区");
	}

	@Test
	void knowsTheWholeCountryDownToItsCountyLevelUnits() {
		assertThat(this.tree.provinces()).hasSize(31);
		assertThat(this.tree.find(RegionCode.of("650000"))).map(Region::name).contains("新疆维吾尔自治区");
		assertThat(this.tree.requireCounty(RegionCode.of("110101"), "regionCode").name()).isEqualTo("东城区");
		assertThat(this.tree.ancestors(RegionCode.of("440106"))).extracting(Region::name).containsExactly("广东省", "广州市");
	}

	@Test
	void listsAncestorsFromTheProvinceDown() {
		assertThat(this.tree.ancestors(RegionCode.of("410725"))).extracting(Region::name).containsExactly("河南省", "新乡市");
		assertThat(this.tree.ancestors(RegionCode.of("410000"))).isEmpty();
	}

	@Test
	void requiresAKnownCountyForAgencies() {
		assertThat(this.tree.requireCounty(RegionCode.of("410725"), "regionCode").level())
			.isEqualTo(RegionLevel.COUNTY);
		assertThatThrownBy(() -> this.tree.requireCounty(RegionCode.of("410700"), "regionCode")).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.type()).isEqualTo("region-not-county"));
		assertThatThrownBy(() -> this.tree.require(RegionCode.of("410799"), "regionCode"))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.type()).isEqualTo("region-unknown");
				assertThat(ex.properties()).containsEntry("field", "regionCode");
			});
	}

	@Test
	void refusesAFileWhoseRegionHasNoParent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RegionTree.parse(new StringReader("410000,河南省\n410702,红旗区\n")))
			.withMessageContaining("has no parent 410700");
	}

}
