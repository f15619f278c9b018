package org.shuangsuiji.platform.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

	private static final RegionCode XINXIANG = RegionCode.of("410700");

	private static final RegionCode YUANYANG = RegionCode.of("410725");

	@Test
	void cityUserReachesAgenciesOfItsCountiesButNotOfAnotherCity() {
		Caller city = new Caller("u1", "新乡市司法局", Set.of(Role.CITY), XINXIANG, null);
		assertThatCode(() -> city.requireCoversAgency("a1", YUANYANG)).doesNotThrowAnyException();
		assertThatThrownBy(() -> city.requireCoversAgency("a2", RegionCode.of("420702")))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void agencyAccountReachesOnlyItsOwnAgencyEvenInsideItsRegion() {
		Caller agency = new Caller("u2", "某鉴定所", Set.of(Role.AGENCY), YUANYANG, "a1");
		assertThatCode(() -> agency.requireCoversAgency("a1", YUANYANG)).doesNotThrowAnyException();
		assertThatThrownBy(() -> agency.requireCoversAgency("a9", YUANYANG)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void onlyABureauCoveringTheRegionPassesTheBureauCheck() {
		Caller city = new Caller("u1", "新乡市司法局", Set.of(Role.CITY), XINXIANG, null);
		Caller inspector = new Caller("u4", "检查员", Set.of(Role.INSPECTOR), XINXIANG, null);
		assertThatCode(() -> city.requireBureauCovering(YUANYANG)).doesNotThrowAnyException();
		assertThatThrownBy(() -> city.requireBureauCovering(RegionCode.of("420702")))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> inspector.requireBureauCovering(YUANYANG)).isInstanceOf(OutOfScopeException.class)
			.hasMessageContaining("only a justice bureau");
	}

	@Test
	void refusesACallerWithoutRegion() {
		assertThatThrownBy(() -> new Caller("u3", null, Set.of(Role.CITY), null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
