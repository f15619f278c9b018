package org.shuangsuiji.nationaldata;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.nationaldata.BureauAccounts.Account;

import static org.assertj.core.api.Assertions.assertThat;

class BureauAccountsTest {

	private final List<Account> accounts = BureauAccounts.of(RegionCatalogue.national());

	@Test
	void oneAccountForEachOfTheThirtyOneProvincesAndEachCity() {
		assertThat(this.accounts).filteredOn((a) -> a.role().equals("province")).hasSize(31);
		assertThat(this.accounts).filteredOn((a) -> a.role().equals("city")).hasSize(342);
		assertThat(this.accounts).extracting(Account::username).doesNotHaveDuplicates();
	}

	@Test
	void namesEachAccountAfterItsRegionAndTheBureauAfterItsPlace() {
		assertThat(this.accounts).contains(new Account("bureau-410000", "河南省司法厅", "province", "410000"),
				new Account("bureau-410700", "新乡市司法局", "city", "410700"),
				new Account("bureau-110100", "北京市司法局", "city", "110100"),
				new Account("bureau-419000", "河南省省直辖县级行政区划司法局", "city", "419000"));
	}

	@Test
	void givesTheWriterAnAccountForEveryProvinceAndCity() {
		Map<String, String> byRegion = BureauAccounts.byRegion(this.accounts);
		assertThat(byRegion).hasSize(373)
			.containsEntry("420700", "bureau-420700")
			.containsEntry("650000", "bureau-650000");
	}

}
