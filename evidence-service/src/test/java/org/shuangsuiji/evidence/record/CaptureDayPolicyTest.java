package org.shuangsuiji.evidence.record;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.CaptureMetadata;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureDayPolicyTest {

	private static final LocalDate JUNE_5 = LocalDate.of(2024, 6, 5);

	private static CaptureMetadata at(String capturedAt) {
		return new CaptureMetadata(capturedAt, null);
	}

	@Test
	void aPhotoTakenOnTheTasksDayIsNotFlagged() {
		assertThat(CaptureDayPolicy.flags(EvidenceKind.GATE_PHOTO, at("2024-06-05T09:30:12+08:00"), JUNE_5)).isEmpty();
		assertThat(CaptureDayPolicy.flags(EvidenceKind.MEETING_PHOTO, at("2024-06-05T23:59:59"), JUNE_5)).isEmpty();
	}

	@Test
	void aPhotoTakenOnAnotherDayIsFlaggedOffDay() {
		assertThat(CaptureDayPolicy.flags(EvidenceKind.PROCESS_PHOTO, at("2024-06-04T23:59:59+08:00"), JUNE_5))
			.containsExactly(EvidenceFlag.CAPTURED_OFF_DAY);
		assertThat(CaptureDayPolicy.flags(EvidenceKind.GATE_PHOTO, at("2024-06-06T00:00:00"), JUNE_5))
			.containsExactly(EvidenceFlag.CAPTURED_OFF_DAY);
	}

	@Test
	void judgesTheDayInChinaStandardTimeWhenTheCameraRecordedAnotherOffset() {
		// 17:30 UTC on 4 June is 01:30 on 5 June in Beijing; 16:30 UTC on 5 June is 00:30
		// on 6 June.
		assertThat(CaptureDayPolicy.flags(EvidenceKind.GATE_PHOTO, at("2024-06-04T17:30Z"), JUNE_5)).isEmpty();
		assertThat(CaptureDayPolicy.flags(EvidenceKind.GATE_PHOTO, at("2024-06-05T16:30:00+00:00"), JUNE_5))
			.containsExactly(EvidenceFlag.CAPTURED_OFF_DAY);
	}

	@Test
	void aPhotoWithoutCaptureTimeIsFlaggedUnknown() {
		assertThat(CaptureDayPolicy.flags(EvidenceKind.MEETING_PHOTO, CaptureMetadata.NONE, JUNE_5))
			.containsExactly(EvidenceFlag.CAPTURE_TIME_UNKNOWN);
		assertThat(CaptureDayPolicy.flags(EvidenceKind.MEETING_PHOTO, at("not a time"), JUNE_5))
			.containsExactly(EvidenceFlag.CAPTURE_TIME_UNKNOWN);
	}

	@Test
	void otherKindsAndTasksWithoutADateAreNotJudged() {
		for (EvidenceKind kind : EvidenceKind.values()) {
			if (!kind.photoOfTheDay()) {
				assertThat(CaptureDayPolicy.flags(kind, CaptureMetadata.NONE, JUNE_5)).as(kind.name()).isEmpty();
			}
		}
		assertThat(CaptureDayPolicy.flags(EvidenceKind.GATE_PHOTO, CaptureMetadata.NONE, null)).isEmpty();
	}

}
