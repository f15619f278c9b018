package org.shuangsuiji.platform.region;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTest {

	private static final RegionCode HENAN = RegionCode.of("410000");

	private static final RegionCode XINXIANG = RegionCode.of("410700");

	private static final RegionCode YUANYANG = RegionCode.of("410725");

	private static final RegionCode EZHOU = RegionCode.of("420700");

	@Test
	void knowsTheLevelOfEachCode() {
		assertThat(HENAN.level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(XINXIANG.level()).isEqualTo(RegionLevel.CITY);
		assertThat(YUANYANG.level()).isEqualTo(RegionLevel.COUNTY);
	}

	@Test
	void provinceCoversItsCitiesAndCountiesButNotAnotherProvince() {
		assertThat(HENAN.covers(XINXIANG)).isTrue();
		assertThat(HENAN.covers(YUANYANG)).isTrue();
		assertThat(HENAN.covers(EZHOU)).isFalse();
	}

	@Test
	void cityCoversItsCountiesButNotItsProvinceOrSiblingCity() {
		assertThat(XINXIANG.covers(YUANYANG)).isTrue();
		assertThat(XINXIANG.covers(XINXIANG)).isTrue();
		assertThat(XINXIANG.covers(HENAN)).isFalse();
		assertThat(XINXIANG.covers(RegionCode.of("410100"))).isFalse();
	}

	@Test
	void countyCoversOnlyItself() {
		assertThat(YUANYANG.covers(YUANYANG)).isTrue();
		assertThat(YUANYANG.covers(RegionCode.of("410726"))).isFalse();
		assertThat(YUANYANG.covers(XINXIANG)).isFalse();
	}

	@Test
	void walksUpTheTree() {
		assertThat(YUANYANG.parent()).contains(XINXIANG);
		assertThat(XINXIANG.parent()).contains(HENAN);
		assertThat(HENAN.parent()).isEmpty();
		assertThat(YUANYANG.province()).isEqualTo(HENAN);
	}

	@Test
	void refusesCodesThatAreNotSixDigitsOrSkipALevel() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("41070"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("41070a"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("000100"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("410025"));
		assertThat(RegionCode.parse("x")).isEmpty();
	}

	@Property
	void everyCountyIsCoveredByItsCityAndProvince(@ForAll @IntRange(min = 11, max = 82) int province,
			@ForAll @IntRange(min = 1, max = 99) int city, @ForAll @IntRange(min = 1, max = 99) int county) {
		RegionCode code = RegionCode.of("%02d%02d%02d".formatted(province, city, county));
		assertThat(code.city().orElseThrow().covers(code)).isTrue();
		assertThat(code.province().covers(code)).isTrue();
		assertThat(code.covers(code.province())).isFalse();
	}

}
