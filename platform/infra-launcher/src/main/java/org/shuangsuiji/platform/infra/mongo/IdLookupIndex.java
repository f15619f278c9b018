package org.shuangsuiji.platform.infra.mongo;

import java.util.Collection;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * The {@code _id} index of mongo-java-server, planned as MongoDB plans it: a filter that
 * names {@code _id} by plain equality beside other conditions ({@code {_id: x, status:
 * "DRAFT"}}, the shape of every conditional update here) is answered from the index and
 * the rest of the filter checked on that one document. The library uses an index only
 * when the filter's fields are exactly the index's, so such a filter scanned the whole
 * collection, and a write's cost grew with the collection (docs/capacity.md). Everything
 * else is the library's index, unchanged.
 */
final class IdLookupIndex<P> extends Index<P> {

	static final String ID = "_id";

	private final Index<P> index;

	private IdLookupIndex(Index<P> index, boolean sparse) {
		super(index.getName(), index.getKeys(), sparse);
		this.index = index;
	}

	/** {@code index} itself unless it is the unique index of {@code _id} alone. */
	static <P> Index<P> around(Index<P> index, boolean sparse) {
		boolean idIndex = index.isUnique() && index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey());
		return idIndex ? new IdLookupIndex<>(index, sparse) : index;
	}

	@Override
	public boolean canHandle(Document query) {
		return this.index.canHandle(query) || id(query) != null;
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		if (this.index.canHandle(query)) {
			return this.index.getPositions(query);
		}
		// the candidates by _id; the collection checks the whole filter on each
		return this.index.getPositions(new Document(ID, id(query)));
	}

	/**
	 * The {@code _id} the filter requires by plain equality, at its top level or in a
	 * top-level {@code $and}; {@code null} if none.
	 */
	static Object id(Document query) {
		Object id = query.get(ID);
		if (plainEquality(id)) {
			return id;
		}
		if (query.get("$and") instanceof Collection<?> all) {
			for (Object part : all) {
				if (part instanceof Document condition && plainEquality(condition.get(ID))) {
					return condition.get(ID);
				}
			}
		}
		return null;
	}

	/**
	 * A value compared for equality as it stands: not an operator document, an embedded
	 * document, an array or a regular expression, whose matching the library's own index
	 * code decides.
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

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
		this.index.checkAdd(document, collection);
	}

	@Override
	public void add(Document document, P position, MongoCollection<P> collection) {
		this.index.add(document, position, collection);
	}

	@Override
	public P remove(Document document) {
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
	}

	@Override
	public void drop() {
		this.index.drop();
	}

}
