package org.shuangsuiji.inspection.audit.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.shuangsuiji.inspection.audit.AuditEntry;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit entries; there is no update and no delete. */
@Repository
public class AuditStore {

	private final MongoTemplate mongo;

	AuditStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<AuditEntry> last() {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, AuditDocument.class)).map(AuditDocument::toEntry);
	}

	/**
	 * Inserts; a {@link org.springframework.dao.DuplicateKeyException} means another
	 * writer took the seq.
	 */
	public void insert(AuditEntry entry) {
		this.mongo.insert(AuditDocument.of(entry));
	}

	/**
	 * Entries whose region starts with {@code regionPrefix}, optionally of one subject,
	 * newest first.
	 */
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

	/** Streams every entry in seq order, a batch at a time. */
	public void forEachInOrder(Consumer<AuditEntry> consumer) {
		long after = 0;
		while (true) {
			Query query = new Query(Criteria.where("_id").gt(after)).with(Sort.by(Sort.Direction.ASC, "_id"))
				.limit(500);
			List<AuditDocument> batch = this.mongo.find(query, AuditDocument.class);
			if (batch.isEmpty()) {
				return;
			}
			batch.forEach((document) -> consumer.accept(document.toEntry()));
			after = batch.get(batch.size() - 1).seq();
		}
	}

}
