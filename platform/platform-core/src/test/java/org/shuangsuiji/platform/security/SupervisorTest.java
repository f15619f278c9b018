package org.shuangsuiji.platform.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisorTest {

	private static final Area HENAN = Area.of(RegionCode.of("410000"));

	private static final Area XINXIANG = Area.of(RegionCode.of("410700"));

	@Test
	void theMinistryReadsTheNationByDefaultAndAnyRegion() {
		Supervisor ministry = Supervisor.ministry("m-1", "司法部公共法律服务管理局");
		assertThat(ministry.requireWithin(null)).isEqualTo(Area.NATION);
		assertThat(ministry.requireWithin(XINXIANG)).isEqualTo(XINXIANG);
	}

	@Test
	void aBureauReadsItsRegionByDefaultAndWhatLiesInside() {
		Supervisor province = Supervisor.of(bureau(Role.PROVINCE, "410000"));
		assertThat(province.requireWithin(null)).isEqualTo(HENAN);
		assertThat(province.requireWithin(XINXIANG)).isEqualTo(XINXIANG);
	}

	@Test
	void aBureauCannotReadTheNationOrAnotherProvince() {
		Supervisor province = Supervisor.of(bureau(Role.PROVINCE, "410000"));
		assertThatThrownBy(() -> province.requireWithin(Area.NATION)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> province.requireWithin(Area.of(RegionCode.of("420000"))))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void inspectorsExpertsAndAgenciesAreNoSupervisors() {
		for (Role role : Set.of(Role.INSPECTOR, Role.EXPERT, Role.AGENCY)) {
			assertThatThrownBy(() -> Supervisor.of(bureau(role, "410700"))).isInstanceOf(OutOfScopeException.class);
		}
	}

	private static Caller bureau(Role role, String region) {
		return new Caller("u-1", null, Set.of(role), RegionCode.of(region), null);
	}

}
