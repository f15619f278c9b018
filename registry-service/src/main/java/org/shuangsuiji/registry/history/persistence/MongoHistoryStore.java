package org.shuangsuiji.registry.history.persistence;

import java.util.List;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.history.ChangeRecord;
import org.shuangsuiji.registry.history.HistoryStore;
import org.shuangsuiji.registry.history.SubjectKind;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code history} collection: this class only inserts and reads. An entry
 * is never replaced ({@code insert} fails on an existing id) and there is no delete.
 */
@Repository
public class MongoHistoryStore implements HistoryStore {

	private final MongoTemplate mongo;

	public MongoHistoryStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		this.mongo.indexOps(ChangeDocument.class)
			.createIndex(new Index("subjectId", Sort.Direction.ASC).on("at", Sort.Direction.ASC).named("subject_at"));
	}

	@Override
	public void append(ChangeRecord record) {
		ChangeDocument d = new ChangeDocument();
		d.id = record.id();
		d.subjectKind = record.subjectKind().name();
		d.subjectId = record.subjectId();
		d.region = (record.region() != null) ? record.region().value() : null;
		d.at = record.at();
		d.actorId = record.actorId();
		d.actorName = record.actorName();
		d.action = record.action();
		d.source = record.source();
		d.changes = record.changes();
		this.mongo.insert(d);
	}

	/** The history of one record, oldest first. */
	@Override
	public List<ChangeRecord> of(SubjectKind kind, String subjectId) {
		Query query = Query.query(Criteria.where("subjectId").is(subjectId).and("subjectKind").is(kind.name()))
			.with(Sort.by("at", "_id"));
		return this.mongo.find(query, ChangeDocument.class)
			.stream()
			.map((d) -> new ChangeRecord(d.id, SubjectKind.valueOf(d.subjectKind), d.subjectId,
					(d.region != null) ? RegionCode.of(d.region) : null, d.at, d.actorId, d.actorName, d.action,
					d.source, (d.changes != null) ? d.changes : List.of()))
			.toList();
	}

	public long count() {
		return this.mongo.count(new Query(), ChangeDocument.class);
	}

}
