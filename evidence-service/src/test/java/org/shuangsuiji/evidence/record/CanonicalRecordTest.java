package org.shuangsuiji.evidence.record;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalRecordTest {

	static EvidenceRecord gatePhoto(String fileName, long sequence, String previousHash) {
		UploadCommand command = new UploadCommand("insp-1", "task-1", "1", EvidenceKind.GATE_PHOTO,
				RegionCode.of("410725"), "agency-1", fileName, null);
		return EvidenceRecord.seal("e-1", command, new Person("u-1", "张三"), "evidence/410725/insp-1/e-1",
				ContentType.JPEG, 1234, "a".repeat(64),
				new CaptureMetadata("2024-06-05T09:30:12+08:00", new GeoPoint(35.3027, 113.9266667)),
				Instant.parse("2024-06-05T01:31:00.120Z"), sequence, previousHash);
	}

	@Test
	void writesEveryFieldOnItsOwnLineInTheDocumentedOrder() {
		String text = CanonicalRecord.text(gatePhoto("大门.jpg", 1, Sha256.ZERO));

		assertThat(text).isEqualTo("""
				evidence-record/v1
				id=e-1
				inspectionId=insp-1
				taskId=task-1
				checklistItem=1
				kind=GATE_PHOTO
				agencyId=agency-1
				region=410725
				uploaderId=u-1
				uploaderName=张三
				objectKey=evidence/410725/insp-1/e-1
				fileName=大门.jpg
				contentType=image/jpeg
				size=1234
				sha256=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
				capturedAt=2024-06-05T09:30:12+08:00
				latitude=35.3027
				longitude=113.9266667
				uploadedAt=2024-06-05T01:31:00.120Z
				sequence=1
				previousHash=0000000000000000000000000000000000000000000000000000000000000000
				""");
	}

	@Test
	void theRecordHashIsTheSha256OfTheTextSoSha256sumReproducesIt() {
		EvidenceRecord record = gatePhoto("gate.jpg", 1, Sha256.ZERO);

		assertThat(record.recordHash()).isEqualTo(Sha256.of(CanonicalRecord.text(record)));
		assertThat(CanonicalRecord.hash(record)).isEqualTo(record.recordHash());
	}

	@Test
	void aLineBreakInAFileNameCannotForgeAnotherField() {
		String forged = CanonicalRecord.text(gatePhoto("x.jpg\nsize=1", 1, Sha256.ZERO));

		assertThat(forged).contains("fileName=x.jpg\\nsize=1\n").containsOnlyOnce("\nsize=");
		assertThat(CanonicalRecord.text(gatePhoto("a\\nb", 1, Sha256.ZERO))).contains("fileName=a\\\\nb\n");
	}

	@Test
	void leavesMissingValuesEmpty() {
		UploadCommand command = new UploadCommand("insp-1", null, null, EvidenceKind.OTHER, RegionCode.of("410725"),
				"agency-1", null, null);
		EvidenceRecord record = EvidenceRecord.seal("e-2", command, new Person("u-1", "u-1"), "k", ContentType.PDF, 1,
				"b".repeat(64), CaptureMetadata.NONE, Instant.parse("2024-06-05T01:31:00Z"), 2, "c".repeat(64));

		assertThat(CanonicalRecord.text(record)).contains("\ntaskId=\n")
			.contains("\nfileName=\n")
			.contains("\nlatitude=\nlongitude=\n")
			.contains("\nuploadedAt=2024-06-05T01:31:00Z\n");
	}

	@Test
	void theWithdrawalIsNotPartOfTheHash() {
		EvidenceRecord record = gatePhoto("gate.jpg", 1, Sha256.ZERO);
		EvidenceRecord withdrawn = record
			.withWithdrawal(new Withdrawal(new Person("u-2", "李四"), Instant.parse("2024-06-05T02:00:00Z"), "blurred"));

		assertThat(CanonicalRecord.hash(withdrawn)).isEqualTo(record.recordHash());
	}

}
