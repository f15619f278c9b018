package org.shuangsuiji.platform.mongo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.shuangsuiji.platform.problem.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one type in their collection, with the reads and writes the services'
 * {@code Mongo*Store} adapters share: by id, by query, insert-if-new and the versioned
 * save. Conditional updates and aggregations stay with {@link MongoOperations} in the
 * adapter that needs them.
 *
 * @param <D> the {@code @Document} type
 */
public class MongoDocuments<D> {

	private final MongoOperations mongo;

	private final Class<D> type;

	public MongoDocuments(MongoOperations mongo, Class<D> type) {
		this.mongo = mongo;
		this.type = type;
	}

	/** The document with this id. */
	public Optional<D> byId(Object id) {
		return Optional.ofNullable(this.mongo.findById(id, this.type));
	}

	/** What the query finds, each document mapped. */
	public <T> List<T> find(Query query, Function<? super D, T> mapping) {
		return this.mongo.find(query, this.type).stream().<T>map(mapping).toList();
	}

	/**
	 * Inserts the document unless one with the same key is there already, which stays as
	 * it is: the first of two racing writers wins.
	 * @return whether this document was inserted
	 */
	public boolean insertIfNew(D document) {
		try {
			this.mongo.insert(document);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Saves a document with a {@code @Version}: inserted while it has none, replaced
	 * while its version is the stored one. Anything else (someone saved in between, or
	 * inserted first) is 409 {@code stale-version}, nothing written.
	 * @param what the record as the caller knows it ({@code the conclusion of <task>})
	 * @return the document as saved, with its new version
	 */
	public D saveVersioned(D document, String what) {
		try {
			return this.mongo.save(document);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new ConflictException("stale-version", what + " was changed by someone else; read it again");
		}
	}

}
