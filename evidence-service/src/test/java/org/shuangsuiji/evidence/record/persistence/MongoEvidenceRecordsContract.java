package org.shuangsuiji.evidence.record.persistence;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.record.ChainPositionTakenException;
import org.shuangsuiji.evidence.record.EvidenceKind;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceRecords.WithdrawOutcome;
import org.shuangsuiji.evidence.record.IdempotentReplayException;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.evidence.record.UploadCommand;
import org.shuangsuiji.evidence.record.Withdrawal;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.test.MongoStoreContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the evidence rules need from MongoDB, run against both the MongoDB-protocol server
 * and, where Docker exists, the real MongoDB (ADR 0001): unique chain positions and
 * Idempotency-Keys, conditional withdrawal, exact round trips of what the record hash
 * covers.
 */
abstract class MongoEvidenceRecordsContract extends MongoStoreContract {

	private MongoEvidenceRecords records;

	@BeforeEach
	void freshIndexes() {
		this.records = new MongoEvidenceRecords(mongo());
		this.records.createIndexes();
	}

	private static EvidenceRecord record(String inspection, long sequence, String previous) {
		UploadCommand command = new UploadCommand(inspection, "task-1", "3", EvidenceKind.GATE_PHOTO,
				RegionCode.of("410725"), "agency-1", "大门.jpg", null);
		String id = UUID.randomUUID().toString();
		return EvidenceRecord.seal(id, command, new Person("u-1", "张三"), "evidence/410725/" + inspection + "/" + id,
				ContentType.JPEG, 42, "a".repeat(64),
				new CaptureMetadata("2024-06-05T09:30:12+08:00", new GeoPoint(35.3027, 113.92666666666666)),
				Instant.parse("2024-06-05T01:31:00.123Z"), sequence, previous);
	}

	private static String inspection() {
		return "insp-" + UUID.randomUUID();
	}

	@Test
	void storesARecordSoThatItsHashStillMatches() {
		EvidenceRecord record = record(inspection(), 1, Sha256.ZERO);

		this.records.append(record, "record:" + record.id());

		EvidenceRecord read = this.records.find(record.id()).orElseThrow();
		assertThat(read).isEqualTo(record);
		assertThat(org.shuangsuiji.evidence.record.CanonicalRecord.hash(read)).isEqualTo(record.recordHash());
	}

	@Test
	void refusesASecondRecordAtTheSameChainPosition() {
		String inspection = inspection();
		EvidenceRecord first = record(inspection, 1, Sha256.ZERO);
		this.records.append(first, "record:" + first.id());
		EvidenceRecord rival = record(inspection, 1, Sha256.ZERO);

		assertThatExceptionOfType(ChainPositionTakenException.class)
			.isThrownBy(() -> this.records.append(rival, "record:" + rival.id()));
		assertThat(this.records.last(inspection)).contains(first);
	}

	@Test
	void answersARepeatedIdempotencyKeyWithTheEarlierRecord() {
		String inspection = inspection();
		EvidenceRecord first = record(inspection, 1, Sha256.ZERO);
		this.records.append(first, "u-1:key");
		EvidenceRecord retry = record(inspection, 2, first.recordHash());

		assertThatExceptionOfType(IdempotentReplayException.class)
			.isThrownBy(() -> this.records.append(retry, "u-1:key"))
			.satisfies((ex) -> assertThat(ex.existing()).isEqualTo(first));
	}

	@Test
	void withdrawsOnceAndNeverAfterClosing() {
		String inspection = inspection();
		EvidenceRecord first = record(inspection, 1, Sha256.ZERO);
		EvidenceRecord second = record(inspection, 2, first.recordHash());
		this.records.append(first, "record:" + first.id());
		this.records.append(second, "record:" + second.id());
		Withdrawal withdrawal = new Withdrawal(new Person("u-1", "张三"), Instant.parse("2024-06-05T02:00:00Z"), "模糊");

		assertThat(this.records.withdraw(first.id(), withdrawal)).isEqualTo(WithdrawOutcome.WITHDRAWN);
		assertThat(this.records.withdraw(first.id(), withdrawal)).isEqualTo(WithdrawOutcome.ALREADY_WITHDRAWN);
		this.records.closeAll(inspection);
		assertThat(this.records.withdraw(second.id(), withdrawal)).isEqualTo(WithdrawOutcome.CLOSED);
		assertThat(this.records.withdraw("missing", withdrawal)).isEqualTo(WithdrawOutcome.NOT_FOUND);
		assertThat(this.records.find(first.id()).orElseThrow().withdrawal()).isEqualTo(withdrawal);
	}

	@Test
	void listsTheChainInOrderAndTheObjectKeysUnderAPrefix() {
		String inspection = inspection();
		EvidenceRecord first = record(inspection, 1, Sha256.ZERO);
		EvidenceRecord second = record(inspection, 2, first.recordHash());
		this.records.append(second, "record:" + second.id());
		this.records.append(first, "record:" + first.id());

		assertThat(this.records.chain(inspection)).containsExactly(first, second);
		java.util.List<String> keys = new java.util.ArrayList<>();
		this.records.forEachObjectKey("evidence/410725/" + inspection + "/", (ref) -> keys.add(ref.objectKey()));
		assertThat(keys).containsExactlyInAnyOrder(first.objectKey(), second.objectKey());
	}

}
