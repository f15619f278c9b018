package org.shuangsuiji.nationaldata;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NationalDataOptionsTest {

	@Test
	void withoutAccountsItSignsInAsTheLocalRealmsProvincesAndCities() {
		NationalData.Options options = NationalData.Options.parse(new String[] { "--seed", "7", "--scale", "0.5" });
		assertThat(options.seed()).isEqualTo(7);
		assertThat(options.scale()).isEqualTo(0.5);
		assertThat(options.connection().accounts()).containsExactlyInAnyOrderEntriesOf(Map.of("410000",
				"henan-province", "420000", "hubei-province", "410700", "xinxiang-city", "420700", "ezhou-city"));
	}

	@Test
	void givenAccountsReplaceTheDefaults() {
		NationalData.Options options = NationalData.Options
			.parse(new String[] { "--account", "110000=beijing-bureau", "--account", "110100=beijing-city" });
		assertThat(options.connection().accounts()).containsOnlyKeys("110000", "110100");
	}

	@Test
	void refusesAnAccountForACountyAScaleOutOfRangeAndUnknownOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalData.Options.parse(new String[] { "--account", "410725=yuanyang-county" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalData.Options.parse(new String[] { "--scale", "0" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalData.Options.parse(new String[] { "--scale", "101" }));
		assertThatIllegalArgumentException().isThrownBy(() -> NationalData.Options.parse(new String[] { "--fast" }));
		assertThatIllegalArgumentException().isThrownBy(() -> NationalData.Options.parse(new String[] { "--seed" }));
	}

	@Test
	void historyNamesAFolderAndNeedsThePlatform() {
		assertThat(NationalData.Options.parse(new String[] { "--history", "target/h" }).history())
			.isEqualTo(java.nio.file.Path.of("target/h"));
		assertThat(NationalData.Options.parse(new String[0]).history()).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NationalData.Options.parse(new String[] { "--files-only", "--history", "target/h" }));
	}

}
