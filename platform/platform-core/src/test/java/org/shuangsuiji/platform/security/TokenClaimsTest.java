package org.shuangsuiji.platform.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClaimsTest {

	@Test
	void readsRolesRegionAgencyAndNameFromAKeycloakToken() {
		Map<String, Object> claims = Map.of("sub", "u-1", "name", "某司法鉴定所", "region_code", "410725", "agency_id",
				"demo-xx-02", "realm_access", Map.of("roles", List.of("agency", "offline_access", "default-roles")));
		Caller caller = TokenClaims.caller(claims).orElseThrow();
		assertThat(caller.roles()).containsExactly(Role.AGENCY);
		assertThat(caller.region()).isEqualTo(RegionCode.of("410725"));
		assertThat(caller.agency()).contains("demo-xx-02");
		assertThat(caller.displayName()).isEqualTo("某司法鉴定所");
	}

	@Test
	void readsTheRegistryPersonOfAnInspectorsToken() {
		Map<String, Object> claims = Map.of("sub", "u-4", "region_code", "410700", "person_id", "demo-insp-29",
				"realm_access", Map.of("roles", List.of("inspector")));
		Caller caller = TokenClaims.caller(claims).orElseThrow();
		assertThat(caller.person()).contains("demo-insp-29");
		assertThat(caller.agency()).isEmpty();
	}

	@Test
	void bureauTokenIsNoRegistryPerson() {
		Caller caller = TokenClaims.caller(Map.of("sub", "u-5", "region_code", "410700")).orElseThrow();
		assertThat(caller.person()).isEmpty();
	}

	@Test
	void hasNoCallerWhenTheRegionIsMissingOrMalformed() {
		assertThat(TokenClaims.caller(Map.of("sub", "u-2"))).isEmpty();
		assertThat(TokenClaims.caller(Map.of("sub", "u-2", "region_code", "41"))).isEmpty();
	}

	@Test
	void fallsBackToTheUsernameWhenTheTokenHasNoName() {
		Map<String, Object> claims = Map.of("sub", "u-3", "preferred_username", "xinxiang-city", "region_code",
				"410700");
		assertThat(TokenClaims.caller(claims).orElseThrow().displayName()).isEqualTo("xinxiang-city");
	}

	@Test
	void aMinistryTokenIsNoCallerWhateverItsRegion() {
		assertThat(TokenClaims.caller(ministry("000000", List.of("ministry")))).isEmpty();
		assertThat(TokenClaims.caller(ministry("110000", List.of("ministry")))).isEmpty();
		assertThat(TokenClaims.caller(ministry("410000", List.of("ministry", "province")))).isEmpty();
	}

	@Test
	void aMinistryTokenWithTheNationalCodeIsTheNationalSupervisor() {
		Supervisor supervisor = TokenClaims.ministry(ministry("000000", List.of("ministry", "offline_access")))
			.orElseThrow();
		assertThat(supervisor.area()).isEqualTo(Area.NATION);
		assertThat(supervisor.displayName()).isEqualTo("司法部公共法律服务管理局");
	}

	@Test
	void aMinistryTokenWithARegionOrAnotherRoleReadsNothing() {
		assertThat(TokenClaims.ministry(ministry("110000", List.of("ministry")))).isEmpty();
		assertThat(TokenClaims.ministry(ministry("000000", List.of("ministry", "province")))).isEmpty();
		assertThat(TokenClaims.ministry(ministry("000000", List.of("province")))).isEmpty();
	}

	@Test
	void theMinistryRoleIsNoBureau() {
		assertThat(Role.MINISTRY.isBureau()).isFalse();
	}

	private static Map<String, Object> ministry(String region, List<String> roles) {
		return Map.of("sub", "m-1", "name", "司法部公共法律服务管理局", "region_code", region, "realm_access",
				Map.of("roles", roles));
	}

}
