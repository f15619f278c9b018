package org.shuangsuiji.nationaldata;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.nationaldata.RegionCatalogue.Division;
import org.shuangsuiji.nationaldata.RegionCatalogue.Level;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCatalogueTest {

	private final RegionCatalogue catalogue = RegionCatalogue.national();

	@Test
	void holdsThe31ProvincesWithTheirCitiesAndCounties() {
		assertThat(this.catalogue.all(Level.PROVINCE)).hasSize(31);
		assertThat(this.catalogue.all(Level.CITY)).hasSize(342);
		assertThat(this.catalogue.all(Level.COUNTY)).hasSize(2851);
		assertThat(this.catalogue.get("410725").name()).isEqualTo("原阳县");
		assertThat(this.catalogue.get("420704").name()).isEqualTo("鄂城区");
		assertThat(this.catalogue.countiesUnder("410700")).hasSize(12);
	}

	@Test
	void everyCodeIsOneThePlatformReadsAtItsLevelUnderAParentItHolds() {
		for (Division division : this.catalogue.all(Level.COUNTY)) {
			RegionCode code = RegionCode.of(division.code());
			assertThat(code.level()).as(division.code()).isEqualTo(RegionLevel.COUNTY);
			assertThat(this.catalogue.find(division.city())).as(division.code()).isPresent();
			assertThat(this.catalogue.find(division.province())).as(division.code()).isPresent();
		}
		for (Division division : this.catalogue.all(Level.CITY)) {
			assertThat(RegionCode.of(division.code()).level()).as(division.code()).isEqualTo(RegionLevel.CITY);
		}
	}

	@Test
	void leavesOutTheStatisticalOnlyZones() {
		// 410771 新乡高新技术产业开发区 has a statistical code, not a GB/T 2260 one
		assertThat(this.catalogue.find("410771")).isEmpty();
		assertThat(this.catalogue.all(Level.COUNTY)).noneMatch((d) -> {
			int county = Integer.parseInt(d.code().substring(4));
			return county >= 71 && county <= 80;
		});
	}

}
