package org.shuangsuiji.platform.infra.mongo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary (non-unique) index for the local MongoDB-protocol server, which otherwise
 * accepts such an index and ignores it, so that every filter on an indexed field scans
 * the collection. It keeps the documents by the index's leading field and answers a
 * filter that gives that field by plain equality (the collection then checks the whole
 * filter on the candidates), as MongoDB uses an index's prefix, and an anchored regular
 * expression's literal start ({@code /^4107/}, a region and everything in it) by the
 * ordered text values; other ranges and expressions still scan. Kept in memory, rebuilt
 * from the documents when the collection opens (the library fills an empty index it is
 * given).
 */
final class EqualityIndex<P> extends Index<P> {

	/** Leading field's value → document id → position. */
	private final Map<KeyValue, Map<KeyValue, P>> positions = new HashMap<>();

	/** The same for the text values, in order, for a prefix ({@code /^4107/}). */
	private final NavigableMap<String, Map<KeyValue, P>> texts = new TreeMap<>();

	/** The leading field alone, whose values {@link #getKeyValues} gives. */
	private final Leading leading;

	private long documents;

	EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.leading = new Leading(name, keys.get(0));
	}

	@Override
	public synchronized boolean canHandle(Document query) {
		Object value = query.get(this.leading.field());
		return KeyLookupIndex.plainEquality(value) || literalPrefix(value) != null;
	}

	@Override
	public synchronized Iterable<P> getPositions(Document query) {
		Object value = query.get(this.leading.field());
		String prefix = literalPrefix(value);
		if (prefix != null) {
			List<P> found = new ArrayList<>();
			this.texts.subMap(prefix, true, prefix + Character.MAX_VALUE, false)
				.values()
				.forEach((byId) -> found.addAll(byId.values()));
			return found;
		}
		Map<KeyValue, P> found = this.positions.get(new KeyValue(value).normalized());
		return (found != null) ? new ArrayList<>(found.values()) : List.of();
	}

	/**
	 * The literal start of an anchored regular expression without options
	 * ({@code /^4107/}, {@code {$regex: "^4107"}}), which an ordered index answers as
	 * MongoDB's does; {@code null} for any other value or an empty start.
	 */
	static String literalPrefix(Object value) {
		String pattern;
		String options;
		if (value instanceof BsonRegularExpression regex) {
			pattern = regex.getPattern();
			options = regex.getOptions();
		}
		else if (value instanceof Pattern regex) {
			pattern = regex.pattern();
			options = (regex.flags() == 0) ? "" : "flags";
		}
		else if (value instanceof Document operator && operator.get("$regex") instanceof String regex
				&& operator.keySet().stream().allMatch((key) -> key.equals("$regex") || key.equals("$options"))) {
			pattern = regex;
			options = (operator.get("$options") instanceof String given) ? given : "";
		}
		else {
			return null;
		}
		if (options != null && !options.isEmpty() || !pattern.startsWith("^")) {
			return null;
		}
		StringBuilder prefix = new StringBuilder();
		for (char c : pattern.substring(1).toCharArray()) {
			if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
				break;
			}
			prefix.append(c);
		}
		return prefix.isEmpty() ? null : prefix.toString();
	}

	@Override
	public synchronized void add(Document document, P position, MongoCollection<P> collection) {
		KeyValue id = id(document);
		boolean added = false;
		for (KeyValue key : this.leading.getKeyValues(document)) {
			Map<KeyValue, P> byId = this.positions.computeIfAbsent(key.normalized(), (any) -> new LinkedHashMap<>());
			if (key.size() == 1 && key.get(0) instanceof String text) {
				this.texts.put(text, byId);
			}
			added |= byId.put(id, position) == null;
		}
		if (added) {
			this.documents++;
		}
	}

	@Override
	public synchronized P remove(Document document) {
		KeyValue id = id(document);
		P removed = null;
		for (KeyValue key : this.leading.getKeyValues(document)) {
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
				if (key.size() == 1 && key.get(0) instanceof String text) {
					this.texts.remove(text);
				}
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
		this.texts.clear();
		this.documents = 0;
	}

	private static KeyValue id(Document document) {
		return new KeyValue(document.get(KeyLookupIndex.ID)).normalized();
	}

	/**
	 * The leading field as an index of its own: the library's reading of a document's
	 * values for it (dotted paths, each element of an array).
	 */
	private static final class Leading extends de.bwaldvogel.mongo.backend.EmptyIndex<Object> {

		private final String field;

		Leading(String name, IndexKey key) {
			super(name + "#leading", List.of(key));
			this.field = key.getKey();
		}

		String field() {
			return this.field;
		}

	}

}
