package org.shuangsuiji.platform.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with its {@code _id} indexes planned as MongoDB plans them
 * ({@link KeyLookupIndex}) and its secondary indexes kept ({@link EqualityIndex}) instead
 * of ignored, and aggregations starting with {@code $match} reading through them. Same
 * file format: a data folder written before opens as it was.
 */
final class KeyLookupH2Backend extends H2Backend {

	KeyLookupH2Backend(String fileName) {
		super(fileName);
	}

	/**
	 * On {@code fileName} with a page cache of {@code cacheMegabytes}: the MVStore keeps
	 * read pages deserialized in it, so a cache that holds the working set spares every
	 * scan the Java deserialization of each document, as MongoDB's cache holds its
	 * working set.
	 */
	KeyLookupH2Backend(String fileName, int cacheMegabytes) {
		super(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes).open());
	}

	KeyLookupH2Backend(MVStore store) {
		super(store);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	private static final class Database extends H2Database {

		Database(String databaseName, MVStore store, CursorRegistry cursors) {
			super(databaseName, store, cursors);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return KeyLookupIndex.around(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
					sparse);
		}

		/**
		 * An aggregation that begins with a plain {@code $match} takes its documents
		 * through the collection's query (so through an index that answers the match)
		 * instead of the library's whole-collection stream; the rest of the pipeline is
		 * the library's. Anything else is the library's as it stands.
		 */
		@Override
		public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
				Oplog oplog) {
			if ("aggregate".equals(command)) {
				Document answer = aggregateFromIndex(query, resolver, oplog);
				if (answer != null) {
					return answer;
				}
			}
			return super.handleCommand(channel, command, query, resolver, oplog);
		}

		private Document aggregateFromIndex(Document query, DatabaseResolver resolver, Oplog oplog) {
			if (!(query.get("aggregate") instanceof String name) || query.containsKey("explain")
					|| query.containsKey("let")) {
				return null;
			}
			List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
			if (pipeline.isEmpty() || pipeline.get(0).size() != 1
					|| !(pipeline.get(0).get("$match") instanceof Document match) || !plainMatch(match)
					|| pipeline.stream().anyMatch(Database::writesOrWatches)) {
				return null;
			}
			MongoCollection<?> collection = resolveCollection(name, false);
			if (collection == null) {
				return null;
			}
			Aggregation rest = Aggregation.fromPipeline(pipeline.subList(1, pipeline.size()), resolver, this,
					collection, oplog);
			List<Document> result = rest.runStages(collection.handleQueryAsStream(match));
			return new Document("cursor",
					new Document("firstBatch", result).append("id", 0L).append("ns", getFullCollectionNamespace(name)))
				.append("ok", 1.0);
		}

		/**
		 * A filter the collection's query takes as the aggregation's {@code $match}
		 * would: no expressions over the document and none of the legacy query wrapper's
		 * keys.
		 */
		private static boolean plainMatch(Document match) {
			return match.keySet()
				.stream()
				.noneMatch((key) -> key.equals("$expr") || key.equals("$where") || key.equals("$text")
						|| key.equals("query") || key.equals("$query") || key.equals("orderby")
						|| key.equals("$orderby"));
		}

		private static boolean writesOrWatches(Document stage) {
			return stage.containsKey("$out") || stage.containsKey("$merge") || stage.containsKey("$changeStream");
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return new EqualityIndex<>(indexName, keys, sparse);
		}

	}

}
