package org.shuangsuiji.evidence.record;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceAccessTest {

	private static final RegionCode YUANYANG = RegionCode.of("410725");

	private static Caller caller(Role role, String region, String agencyId) {
		return new Caller("u-" + role.realmRole(), null, Set.of(role), RegionCode.of(region), agencyId);
	}

	private static UploadCommand command(EvidenceKind kind, String agencyId) {
		return new UploadCommand("insp-1", null, null, kind, YUANYANG, agencyId, null, null);
	}

	@Test
	void aCityUploadsAnyKindForItsCountiesButNotForAnotherCity() {
		assertThatCode(() -> EvidenceAccess.requireUpload(caller(Role.CITY, "410700", null),
				command(EvidenceKind.GATE_PHOTO, "a-1")))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> EvidenceAccess
			.requireUpload(caller(Role.CITY, "420700", null), command(EvidenceKind.GATE_PHOTO, "a-1")));
	}

	@Test
	void anAgencyUploadsOnlyFeedbackAndRectificationForItself() {
		Caller agency = caller(Role.AGENCY, "410725", "a-1");

		assertThatCode(() -> EvidenceAccess.requireUpload(agency, command(EvidenceKind.FEEDBACK_FORM, "a-1")))
			.doesNotThrowAnyException();
		assertThatCode(() -> EvidenceAccess.requireUpload(agency, command(EvidenceKind.RECTIFICATION_PROOF, "a-1")))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireUpload(agency, command(EvidenceKind.SIGNED_FACT_SHEET, "a-1")));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireUpload(agency, command(EvidenceKind.FEEDBACK_FORM, "a-2")));
	}

	@Test
	void anAgencyReadsItsOwnEvidenceWhereverItsTokenRegionPoints() {
		assertThatCode(() -> EvidenceAccess.requireRead(caller(Role.AGENCY, "410726", "a-1"), "a-1", YUANYANG))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireRead(caller(Role.AGENCY, "410725", "a-2"), "a-1", YUANYANG));
	}

	@Test
	void onlyCityAndProvinceClose() {
		assertThatCode(() -> EvidenceAccess.requireClose(caller(Role.PROVINCE, "410000", null), YUANYANG))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireClose(caller(Role.COUNTY, "410725", null), YUANYANG));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireClose(caller(Role.INSPECTOR, "410700", null), YUANYANG));
	}

}
