package org.shuangsuiji.platform.infra.mongo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary (non-unique) index for the local MongoDB-protocol server, which otherwise
 * accepts such an index and ignores it, so that every filter on an indexed field scans
 * the collection. It answers a filter that gives each of its fields by plain equality
 * (the collection then checks the whole filter on the candidates); ranges, regular
 * expressions and aggregations still scan. Kept in memory, rebuilt from the documents
 * when the collection opens (the library fills an empty index it is given).
 */
final class EqualityIndex<P> extends Index<P> {

	/** Index key → document id → position. */
	private final Map<KeyValue, Map<KeyValue, P>> positions = new HashMap<>();

	private long documents;

	EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
	}

	@Override
	public synchronized boolean canHandle(Document query) {
		return keys().stream().allMatch((key) -> IdLookupIndex.plainEquality(query.get(key)));
	}

	@Override
	public synchronized Iterable<P> getPositions(Document query) {
		KeyValue key = new KeyValue(keys().stream().map(query::get).toList()).normalized();
		Map<KeyValue, P> found = this.positions.get(key);
		return (found != null) ? new ArrayList<>(found.values()) : List.of();
	}

	@Override
	public synchronized void add(Document document, P position, MongoCollection<P> collection) {
		KeyValue id = id(document);
		boolean added = false;
		for (KeyValue key : getKeyValues(document)) {
			added |= this.positions.computeIfAbsent(key.normalized(), (any) -> new LinkedHashMap<>())
				.put(id, position) == null;
		}
		if (added) {
			this.documents++;
		}
	}

	@Override
	public synchronized P remove(Document document) {
		KeyValue id = id(document);
		P removed = null;
		for (KeyValue key : getKeyValues(document)) {
			KeyValue normalized = key.normalized();
			Map<KeyValue, P> found = this.positions.get(normalized);
			if (found == null) {
				continue;
			}
			P position = found.remove(id);
			if (position != null) {
				removed = position;
			}
			if (found.isEmpty()) {
				this.positions.remove(normalized);
			}
		}
		if (removed != null) {
			this.documents--;
		}
		return removed;
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
			MongoCollection<P> collection) {
		remove(oldDocument);
		add(newDocument, position, collection);
	}

	/** Not unique: nothing to refuse. */
	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
	}

	/** Not unique: nothing to refuse. */
	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
	}

	/** A document's position is the unique indexes' to give. */
	@Override
	public P getPosition(Document document) {
		return null;
	}

	@Override
	public synchronized long getCount() {
		return this.documents;
	}

	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public synchronized void drop() {
		this.positions.clear();
		this.documents = 0;
	}

	private static KeyValue id(Document document) {
		return new KeyValue(document.get(IdLookupIndex.ID)).normalized();
	}

}
