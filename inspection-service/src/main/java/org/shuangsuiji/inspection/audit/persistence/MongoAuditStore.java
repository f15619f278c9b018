package org.shuangsuiji.inspection.audit.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.audit.AuditStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The {@code audit} collection: inserts and reads, no update and no delete. */
public class MongoAuditStore implements AuditStore {

	private static final Limit BATCH = Limit.of(500);

	private final AuditRepository repository;

	private final MongoTemplate mongo;

	public MongoAuditStore(AuditRepository repository, MongoTemplate mongo) {
		this.repository = repository;
		this.mongo = mongo;
	}

	@Override
	public Optional<AuditEntry> last() {
		return this.repository.findFirstByOrderBySeqDesc().map(AuditDocument::toEntry);
	}

	@Override
	public boolean insert(AuditEntry entry) {
		try {
			this.repository.insert(AuditDocument.of(entry));
			return true;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	@Override
	public List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size) {
		Criteria criteria = Criteria.where("region").regex("^" + regionPrefix);
		if (subjectId != null) {
			criteria = criteria.and("subjectId").is(subjectId);
		}
		Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "_id"))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, AuditDocument.class).stream().map(AuditDocument::toEntry).toList();
	}

	/** A batch at a time. */
	@Override
	public void forEachInOrder(Consumer<AuditEntry> consumer) {
		long after = 0;
		while (true) {
			List<AuditDocument> batch = this.repository.findBySeqGreaterThanOrderBySeqAsc(after, BATCH);
			if (batch.isEmpty()) {
				return;
			}
			batch.forEach((document) -> consumer.accept(document.toEntry()));
			after = batch.get(batch.size() - 1).seq();
		}
	}

}
