package org.shuangsuiji.evidence.record;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * Photos of the day carry their EXIF capture time; one taken on another day than the
 * task's {@code inspectionDate} (2024-06-05, China Standard Time), or without a capture
 * time, is flagged, and the flag stays with the record.
 */
@EvidenceServiceTest
class PhotoDayFlagsTests {

	private static final int[] XINXIANG_LATITUDE = { 35, 18, 972 };

	private static final int[] XINXIANG_LONGITUDE = { 113, 55, 3600 };

	@LocalServerPort
	int port;

	private final String inspector = EvidenceTokens.token(Role.INSPECTOR, "410700");

	private String inspection;

	@BeforeEach
	void aTaskOnTheFifthOfJune() {
		this.inspection = "plan-" + UUID.randomUUID().toString().substring(0, 8) + ":agency-1";
		InspectionStub.task(this.inspection, "agency-1", "410725", LocalDate.of(2024, 6, 5)).teamMember(this.inspector);
	}

	private TestHttp api() {
		return TestHttp.on(this.port).as(this.inspector);
	}

	private Reply photo(String kind, byte[] content) {
		Reply reply = upload(this.inspection, kind).put(api(), "photo.jpg", content);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply;
	}

	private static byte[] takenAt(String dateTime, String offset) {
		return Samples.jpegWithExif(dateTime, offset, XINXIANG_LATITUDE, XINXIANG_LONGITUDE);
	}

	@Test
	void aGatePhotoTakenOnTheTasksDayHasNoFlag() {
		Reply reply = photo("GATE_PHOTO", takenAt("2024:06:05 09:30:12", "+08:00"));

		assertThat(reply.json().path("flags").isArray()).isTrue();
		assertThat(reply.json().path("flags").size()).isZero();
	}

	@Test
	void aMeetingPhotoTakenTheDayBeforeIsFlaggedAndTheFlagStaysWithTheRecord() {
		Reply reply = photo("MEETING_PHOTO", takenAt("2024:06:04 23:30:00", "+08:00"));

		assertThat(reply.json().path("flags").get(0).asString()).isEqualTo("CAPTURED_OFF_DAY");
		Reply read = api().get("/api/evidence/" + reply.json("id"));
		assertThat(read.json().path("flags").get(0).asString()).isEqualTo("CAPTURED_OFF_DAY");
		Reply listed = api().get("/api/evidence/inspections/" + this.inspection);
		assertThat(listed.json().path("records").get(0).path("flags").get(0).asString()).isEqualTo("CAPTURED_OFF_DAY");
	}

	@Test
	void aProcessPhotoIsJudgedInChinaStandardTimeWhateverOffsetTheCameraRecorded() {
		Reply onTheDay = photo("PROCESS_PHOTO", takenAt("2024:06:04 17:30:00", "+00:00"));
		Reply nextDay = photo("PROCESS_PHOTO", takenAt("2024:06:05 16:30:00", "+00:00"));

		assertThat(onTheDay.json().path("flags").size()).isZero();
		assertThat(nextDay.json().path("flags").get(0).asString()).isEqualTo("CAPTURED_OFF_DAY");
	}

	@Test
	void aPhotoWithoutCaptureTimeIsFlaggedUnknownAndOtherKindsAreNotJudged() {
		Reply noExif = photo("GATE_PHOTO", Samples.jpeg(16, 16));
		Reply dossier = photo("DOSSIER_SCAN", takenAt("2023:01:01 10:00:00", "+08:00"));

		assertThat(noExif.json().path("flags").get(0).asString()).isEqualTo("CAPTURE_TIME_UNKNOWN");
		assertThat(dossier.json().path("flags").size()).isZero();
	}

}
