package org.shuangsuiji.platform.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with its {@code _id} indexes planned as MongoDB plans them
 * ({@link KeyLookupIndex}) and its secondary indexes kept ({@link EqualityIndex}) instead
 * of ignored. Same file format: a data folder written before opens as it was.
 */
final class KeyLookupH2Backend extends H2Backend {

	KeyLookupH2Backend(String fileName) {
		super(fileName);
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

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return new EqualityIndex<>(indexName, keys, sparse);
		}

	}

}
