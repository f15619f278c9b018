package org.shuangsuiji.platform.infra.mongo;

import java.util.Collection;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique index of mongo-java-server, planned as MongoDB plans it: a filter that gives
 * the index's leading field by plain equality beside other conditions ({@code {_id: x,
 * status: "DRAFT"}}, the shape of every conditional update here; {@code {inspectionId:
 * x}} on a unique {@code (inspectionId, sequence)}) is answered from the index, and the
 * collection checks the whole filter on the candidates. The library uses an index only
 * when the filter's fields are exactly the index's, so such filters scanned the whole
 * collection and a write's cost grew with it (docs/capacity.md). Uniqueness stays the
 * library's index's.
 */
final class KeyLookupIndex<P> extends Index<P> {

	static final String ID = "_id";

	private final Index<P> index;

	private final String leading;

	/**
	 * For a compound index, its leading field's documents; {@code null} for one field.
	 */
	private final EqualityIndex<P> prefix;

	/**
	 * Stored documents still to come through {@link #add} while the prefix is rebuilt.
	 */
	private long filling;

	private KeyLookupIndex(Index<P> index, boolean sparse) {
		super(index.getName(), index.getKeys(), sparse);
		this.index = index;
		this.leading = index.getKeys().get(0).getKey();
		this.prefix = (index.getKeys().size() > 1)
				? new EqualityIndex<>(index.getName() + "#prefix", index.getKeys().subList(0, 1), sparse) : null;
	}

	/** {@code index} planned by its leading field. */
	static <P> Index<P> around(Index<P> index, boolean sparse) {
		return new KeyLookupIndex<>(index, sparse);
	}

	@Override
	public boolean canHandle(Document query) {
		return this.index.canHandle(query) || leadingValue(query) != null;
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		if (this.index.canHandle(query)) {
			return this.index.getPositions(query);
		}
		Document byLeading = new Document(this.leading, leadingValue(query));
		// the candidates; the collection checks the whole filter on each
		return (this.prefix != null) ? this.prefix.getPositions(byLeading) : this.index.getPositions(byLeading);
	}

	/**
	 * The value the filter requires of the leading field by plain equality, at its top
	 * level or in a top-level {@code $and}; {@code null} if none.
	 */
	private Object leadingValue(Document query) {
		Object value = query.get(this.leading);
		if (plainEquality(value)) {
			return value;
		}
		if (query.get("$and") instanceof Collection<?> all) {
			for (Object part : all) {
				if (part instanceof Document condition && plainEquality(condition.get(this.leading))) {
					return condition.get(this.leading);
				}
			}
		}
		return null;
	}

	/**
	 * A value compared for equality as it stands: not an operator document, an embedded
	 * document, an array or a regular expression, whose matching the library's own code
	 * decides.
	 */
	static boolean plainEquality(Object value) {
		return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
				&& !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value);
	}

	@Override
	public boolean isUnique() {
		return this.index.isUnique();
	}

	@Override
	public P getPosition(Document document) {
		return this.index.getPosition(document);
	}

	/**
	 * Empty while the in-memory prefix is: when a collection opens, the library then
	 * passes every stored document through {@link #checkAdd} and {@link #add}, which
	 * fills the prefix and leaves the stored unique index as it is.
	 */
	@Override
	public synchronized boolean isEmpty() {
		if (this.prefix == null) {
			return this.index.isEmpty();
		}
		if (this.prefix.isEmpty() && !this.index.isEmpty()) {
			this.filling = this.index.getCount();
		}
		return this.prefix.isEmpty();
	}

	@Override
	public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
		if (this.filling == 0) {
			this.index.checkAdd(document, collection);
		}
	}

	@Override
	public synchronized void add(Document document, P position, MongoCollection<P> collection) {
		if (this.filling > 0) {
			this.filling--;
		}
		else {
			this.index.add(document, position, collection);
		}
		if (this.prefix != null) {
			this.prefix.add(document, position, collection);
		}
	}

	@Override
	public synchronized P remove(Document document) {
		if (this.prefix != null) {
			this.prefix.remove(document);
		}
		return this.index.remove(document);
	}

	@Override
	public long getCount() {
		return this.index.getCount();
	}

	@Override
	public long getDataSize() {
		return this.index.getDataSize();
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
		this.index.checkUpdate(oldDocument, newDocument, collection);
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
			throws KeyConstraintError {
		this.index.updateInPlace(oldDocument, newDocument, position, collection);
		if (this.prefix != null) {
			this.prefix.updateInPlace(oldDocument, newDocument, position, collection);
		}
	}

	@Override
	public void drop() {
		this.index.drop();
		if (this.prefix != null) {
			this.prefix.drop();
		}
	}

}
