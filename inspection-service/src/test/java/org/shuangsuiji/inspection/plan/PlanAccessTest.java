package org.shuangsuiji.inspection.plan;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PlanAccessTest {

	private final Plan draft = Plan.draft(PlanFixtures.xinxiang2024(), new Actor("u", "u"), Instant.EPOCH);

	private final Plan published = PlanFixtures.publishedXinxiangPlan();

	private static Caller caller(Role role, String region) {
		return new Caller("u-" + role, null, Set.of(role), RegionCode.of(region), null);
	}

	@Test
	void theCityBureauManagesItsOwnPlans() {
		assertThat(PlanAccess.canManage(caller(Role.CITY, "410700"), PlanFixtures.XINXIANG)).isTrue();
		assertThat(PlanAccess.canManage(caller(Role.PROVINCE, "410000"), PlanFixtures.HENAN)).isTrue();
	}

	@Test
	void nobodyElseManagesACityPlan() {
		assertThat(PlanAccess.canManage(caller(Role.PROVINCE, "410000"), PlanFixtures.XINXIANG)).isFalse();
		assertThat(PlanAccess.canManage(caller(Role.CITY, "410100"), PlanFixtures.XINXIANG)).isFalse();
		assertThat(PlanAccess.canManage(caller(Role.COUNTY, "410725"), PlanFixtures.XINXIANG)).isFalse();
		assertThat(PlanAccess.canManage(caller(Role.INSPECTOR, "410700"), PlanFixtures.XINXIANG)).isFalse();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> PlanAccess.requireManage(caller(Role.PROVINCE, "410000"), this.published));
	}

	@Test
	void aDraftIsHiddenFromTheProvinceUntilPublished() {
		assertThat(PlanAccess.canRead(caller(Role.CITY, "410700"), this.draft)).isTrue();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PlanAccess.requireRead(caller(Role.PROVINCE, "410000"), this.draft));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PlanAccess.requireRead(caller(Role.COUNTY, "410725"), this.draft));
		assertThat(PlanAccess.canRead(caller(Role.PROVINCE, "410000"), this.published)).isTrue();
	}

	@Test
	void aPublishedPlanIsReadInsideItsRegionOnly() {
		assertThat(PlanAccess.canRead(caller(Role.COUNTY, "410725"), this.published)).isTrue();
		assertThat(PlanAccess.canRead(caller(Role.INSPECTOR, "410700"), this.published)).isTrue();
		assertThat(PlanAccess.canRead(caller(Role.AGENCY, "410702"), this.published)).isTrue();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> PlanAccess.requireRead(caller(Role.CITY, "410100"), this.published));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> PlanAccess.requireRead(caller(Role.PROVINCE, "420000"), this.published));
		assertThatNoException().isThrownBy(() -> PlanAccess.requireManage(caller(Role.CITY, "410700"), this.published));
	}

}
