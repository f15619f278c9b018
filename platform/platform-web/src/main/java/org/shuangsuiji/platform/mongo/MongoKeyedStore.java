package org.shuangsuiji.platform.mongo;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The base of a {@code Mongo*Store} adapter that keeps one document per key (a task's
 * conclusion, dossier, feedback…) and answers its domain record by that key. The adapter
 * implements its port on top: its other reads and writes go through {@link #documents()}
 * and map with {@link #toDomain}.
 *
 * @param <D> the {@code @Document} type, whose id is the key
 * @param <T> the domain record it holds
 */
public abstract class MongoKeyedStore<D, T> {

	private final MongoDocuments<D> documents;

	protected MongoKeyedStore(MongoOperations mongo, Class<D> type) {
		this.documents = new MongoDocuments<>(mongo, type);
	}

	/** The record stored under the key, if any. */
	public Optional<T> find(String key) {
		return this.documents.byId(key).map(this::toDomain);
	}

	/** The documents, for the adapter's queries and writes. */
	protected final MongoDocuments<D> documents() {
		return this.documents;
	}

	/** The domain record a stored document holds. */
	protected abstract T toDomain(D document);

}
