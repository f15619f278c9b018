package org.shuangsuiji.evidence.record.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.shuangsuiji.evidence.content.CaptureMetadata;
import org.shuangsuiji.evidence.content.ContentType;
import org.shuangsuiji.evidence.content.GeoPoint;
import org.shuangsuiji.evidence.record.ChainPositionTakenException;
import org.shuangsuiji.evidence.record.EvidenceFlag;
import org.shuangsuiji.evidence.record.EvidenceKind;
import org.shuangsuiji.evidence.record.EvidenceRecord;
import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.IdempotentReplayException;
import org.shuangsuiji.evidence.record.Person;
import org.shuangsuiji.evidence.record.Withdrawal;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** {@link EvidenceRecords} in the {@code evidence_records} collection. */
public class MongoEvidenceRecords implements EvidenceRecords {

	private final MongoOperations mongo;

	public MongoEvidenceRecords(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Creates the indexes the rules rely on; safe to repeat. */
	public void createIndexes() {
		var indexes = this.mongo.indexOps(EvidenceDocument.class);
		indexes.createIndex(new Index().on("inspectionId", Sort.Direction.ASC)
			.on("sequence", Sort.Direction.ASC)
			.unique()
			.named("chain_position"));
		indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency_key"));
		indexes.createIndex(new Index().on("objectKey", Sort.Direction.ASC).named("object_key"));
	}

	@Override
	public Optional<EvidenceRecord> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, EvidenceDocument.class)).map(MongoEvidenceRecords::toRecord);
	}

	@Override
	public Optional<EvidenceRecord> findByIdempotencyKey(String scopedKey) {
		return Optional
			.ofNullable(this.mongo.findOne(query(where("idempotencyKey").is(scopedKey)), EvidenceDocument.class))
			.map(MongoEvidenceRecords::toRecord);
	}

	@Override
	public Optional<EvidenceRecord> last(String inspectionId) {
		Query last = query(where("inspectionId").is(inspectionId)).with(Sort.by(Sort.Direction.DESC, "sequence"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(last, EvidenceDocument.class))
			.map(MongoEvidenceRecords::toRecord);
	}

	@Override
	public List<EvidenceRecord> chain(String inspectionId) {
		Query chain = query(where("inspectionId").is(inspectionId)).with(Sort.by(Sort.Direction.ASC, "sequence"));
		return this.mongo.find(chain, EvidenceDocument.class).stream().map(MongoEvidenceRecords::toRecord).toList();
	}

	@Override
	public void append(EvidenceRecord record, String scopedIdempotencyKey) {
		try {
			this.mongo.insert(toDocument(record, scopedIdempotencyKey));
		}
		catch (DuplicateKeyException ex) {
			Optional<EvidenceRecord> earlier = findByIdempotencyKey(scopedIdempotencyKey);
			if (earlier.isPresent()) {
				throw new IdempotentReplayException(earlier.get());
			}
			throw new ChainPositionTakenException(record.inspectionId(), record.sequence());
		}
	}

	@Override
	public WithdrawOutcome withdraw(String id, Withdrawal withdrawal) {
		Query open = query(where("_id").is(id).and("withdrawal").is(null).and("closed").is(false));
		Update withdraw = new Update().set("withdrawal", new EvidenceDocument.WithdrawalDocument(
				withdrawal.by().userId(), withdrawal.by().displayName(), withdrawal.at(), withdrawal.reason()));
		if (this.mongo.updateFirst(open, withdraw, EvidenceDocument.class).getModifiedCount() == 1) {
			return WithdrawOutcome.WITHDRAWN;
		}
		EvidenceDocument current = this.mongo.findById(id, EvidenceDocument.class);
		if (current == null) {
			return WithdrawOutcome.NOT_FOUND;
		}
		return (current.withdrawal() != null) ? WithdrawOutcome.ALREADY_WITHDRAWN : WithdrawOutcome.CLOSED;
	}

	@Override
	public void closeAll(String inspectionId) {
		this.mongo.updateMulti(query(where("inspectionId").is(inspectionId).and("closed").is(false)),
				new Update().set("closed", true), EvidenceDocument.class);
	}

	@Override
	public void forEachObjectKey(String keyPrefix, Consumer<ObjectReference> visitor) {
		Query underPrefix = query(where("objectKey").regex("^" + Pattern.quote(keyPrefix)));
		underPrefix.fields().include("inspectionId", "objectKey");
		try (var documents = this.mongo.stream(underPrefix, ObjectKeyView.class, EvidenceDocument.COLLECTION)) {
			documents.forEach((document) -> visitor
				.accept(new ObjectReference(document.id(), document.inspectionId(), document.objectKey())));
		}
	}

	/** The two fields reconciliation needs, read without the rest of the document. */
	record ObjectKeyView(@Id String id, String inspectionId, String objectKey) {
	}

	static EvidenceDocument toDocument(EvidenceRecord record, String idempotencyKey) {
		GeoPoint place = record.capture().location();
		return new EvidenceDocument(record.id(), idempotencyKey, record.inspectionId(), record.taskId(),
				record.checklistItem(), record.kind().name(), record.agencyId(), record.region().value(),
				record.uploadedBy().userId(), record.uploadedBy().displayName(), record.objectKey(), record.fileName(),
				record.contentType().mimeType(), record.size(), record.sha256(), record.capture().capturedAt(),
				(place != null) ? place.latitude() : null, (place != null) ? place.longitude() : null,
				record.uploadedAt(), record.sequence(), record.previousHash(), record.recordHash(), false, null,
				record.flags().stream().map(EvidenceFlag::name).toList());
	}

	static EvidenceRecord toRecord(EvidenceDocument document) {
		GeoPoint place = (document.latitude() != null && document.longitude() != null)
				? new GeoPoint(document.latitude(), document.longitude()) : null;
		Withdrawal withdrawal = (document.withdrawal() != null)
				? new Withdrawal(new Person(document.withdrawal().userId(), document.withdrawal().displayName()),
						document.withdrawal().at(), document.withdrawal().reason())
				: null;
		return new EvidenceRecord(document.id(), document.inspectionId(), document.taskId(), document.checklistItem(),
				EvidenceKind.valueOf(document.kind()), document.agencyId(), RegionCode.of(document.region()),
				new Person(document.uploaderId(), document.uploaderName()), document.objectKey(), document.fileName(),
				ContentType.ofMimeType(document.contentType()).orElseThrow(), document.size(), document.sha256(),
				new CaptureMetadata(document.capturedAt(), place), document.uploadedAt(), document.sequence(),
				document.previousHash(), document.recordHash(), withdrawal,
				(document.flags() != null) ? document.flags().stream().map(EvidenceFlag::valueOf).toList() : List.of());
	}

}
