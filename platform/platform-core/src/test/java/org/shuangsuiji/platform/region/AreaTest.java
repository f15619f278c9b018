package org.shuangsuiji.platform.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaTest {

	@Test
	void theNationalCodeIsTheNationAndNoRegionCode() {
		assertThat(Area.parse("000000")).contains(Area.NATION);
		assertThat(RegionCode.parse("000000")).isEmpty();
	}

	@Test
	void aRegionCodeIsAnAreaOfThatRegion() {
		assertThat(Area.parse("410700")).contains(Area.of(RegionCode.of("410700")));
		assertThat(Area.parse("4107")).isEmpty();
		assertThat(Area.parse("410001")).isEmpty();
	}

	@Test
	void theNationCoversEveryRegion() {
		assertThat(Area.NATION.covers(Area.of(RegionCode.of("110000")))).isTrue();
		assertThat(Area.NATION.covers(Area.of(RegionCode.of("410725")))).isTrue();
		assertThat(Area.NATION.prefix()).isEmpty();
	}

	@Test
	void aRegionCoversItsSubtreeButNeverTheNation() {
		Area henan = Area.of(RegionCode.of("410000"));
		assertThat(henan.covers(Area.of(RegionCode.of("410725")))).isTrue();
		assertThat(henan.covers(Area.of(RegionCode.of("420100")))).isFalse();
		assertThat(henan.covers(Area.NATION)).isFalse();
		assertThat(henan.prefix()).isEqualTo("41");
		assertThat(henan.code()).isEqualTo("410000");
	}

}
