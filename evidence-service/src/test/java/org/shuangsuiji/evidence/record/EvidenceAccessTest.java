package org.shuangsuiji.evidence.record;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.evidence.inspection.TaskAccess.Relation;
import org.shuangsuiji.evidence.inspection.TaskAccess.Rights;
import org.shuangsuiji.evidence.record.EvidenceAccess.UploadRight;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules applied to inspection-service's answer (ADR 0404). */
class EvidenceAccessTest {

	private static final RegionCode YUANYANG = RegionCode.of("410725");

	private static final Caller INSPECTOR = new Caller("u-inspector", null, Set.of(Role.INSPECTOR),
			RegionCode.of("410700"), null);

	private static final Caller AGENCY = new Caller("u-agency", null, Set.of(Role.AGENCY), YUANYANG, "a-1");

	private static TaskAccess task(Relation relation, Rights may) {
		return new TaskAccess("plan-1:a-1", "a-1", YUANYANG, null, "CHECKING", relation, may);
	}

	private static final Rights TEAM_UPLOAD = new Rights(true, false, false);

	private static final Rights AGENCY_UPLOAD = new Rights(false, true, false);

	private static EvidenceRecord uploadedBy(String userId, EvidenceKind kind) {
		UploadCommand command = new UploadCommand("plan-1:a-1", null, null, kind, YUANYANG, "a-1", null, null);
		return EvidenceRecord.seal("e-1", command, new Person(userId, userId), "k", ContentType.PDF, 1, "00", null,
				Instant.parse("2024-06-05T01:00:00Z"), 1, "0");
	}

	@Test
	void theTeamUploadsTeamKindsUnderItsRightAndTheSignedFactSheetToo() {
		TaskAccess team = task(Relation.TEAM, TEAM_UPLOAD);

		for (EvidenceKind kind : EvidenceKind.values()) {
			if (kind.teamKind()) {
				assertThat(EvidenceAccess.requireUpload(INSPECTOR, team, kind)).isEqualTo(UploadRight.TEAM);
			}
			else {
				assertThatExceptionOfType(OutOfScopeException.class)
					.isThrownBy(() -> EvidenceAccess.requireUpload(INSPECTOR, team, kind))
					.satisfies((ex) -> assertThat(ex.type()).isEqualTo("kind-not-allowed"));
			}
		}
	}

	@Test
	void theAgencyUploadsFeedbackTheSignedFactSheetAndRectificationOnly() {
		TaskAccess own = task(Relation.AGENCY, AGENCY_UPLOAD);

		assertThat(EvidenceAccess.requireUpload(AGENCY, own, EvidenceKind.FEEDBACK_FORM)).isEqualTo(UploadRight.AGENCY);
		assertThat(EvidenceAccess.requireUpload(AGENCY, own, EvidenceKind.SIGNED_FACT_SHEET))
			.isEqualTo(UploadRight.AGENCY);
		assertThat(EvidenceAccess.requireUpload(AGENCY, own, EvidenceKind.RECTIFICATION_PROOF))
			.isEqualTo(UploadRight.AGENCY);
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireUpload(AGENCY, own, EvidenceKind.PROCESS_PHOTO));
	}

	@Test
	void aCallerWithoutAnUploadRightIsOutOfScope() {
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireUpload(INSPECTOR, task(Relation.ORGANISER, Rights.NONE),
					EvidenceKind.GATE_PHOTO))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("out-of-scope"));
	}

	@Test
	void readingNeedsARelationAndAnAgencyReadsOnlyItsOwnTask() {
		for (Relation relation : Set.of(Relation.TEAM, Relation.ORGANISER, Relation.BUREAU)) {
			assertThatCode(() -> EvidenceAccess.requireRead(INSPECTOR, task(relation, Rights.NONE)))
				.doesNotThrowAnyException();
		}
		assertThatCode(() -> EvidenceAccess.requireRead(AGENCY, task(Relation.AGENCY, Rights.NONE)))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireRead(INSPECTOR, task(Relation.NONE, Rights.NONE)));
		Caller otherAgency = new Caller("u-other", null, Set.of(Role.AGENCY), YUANYANG, "a-2");
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireRead(otherAgency, task(Relation.AGENCY, AGENCY_UPLOAD)));
	}

	@Test
	void theUploaderWithdrawsWhileStillAllowedToUploadAndBureausAlways() {
		EvidenceRecord own = uploadedBy(INSPECTOR.userId(), EvidenceKind.GATE_PHOTO);

		assertThatCode(() -> EvidenceAccess.requireWithdraw(INSPECTOR, task(Relation.TEAM, TEAM_UPLOAD), own))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireWithdraw(INSPECTOR, task(Relation.TEAM, Rights.NONE), own));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> EvidenceAccess.requireWithdraw(INSPECTOR,
				task(Relation.TEAM, TEAM_UPLOAD), uploadedBy("u-else", EvidenceKind.GATE_PHOTO)));
		assertThatCode(() -> EvidenceAccess.requireWithdraw(INSPECTOR, task(Relation.BUREAU, Rights.NONE),
				uploadedBy("u-else", EvidenceKind.GATE_PHOTO)))
			.doesNotThrowAnyException();
	}

	@Test
	void closingFollowsInspectionServicesCloseRight() {
		assertThatCode(() -> EvidenceAccess.requireClose(task(Relation.ORGANISER, new Rights(false, false, true))))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> EvidenceAccess.requireClose(task(Relation.BUREAU, Rights.NONE)));
	}

}
