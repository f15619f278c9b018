package org.shuangsuiji.platform.test;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A store contract: the tests every MongoDB back end must pass (ADR 0001). Each concrete
 * subclass is annotated {@link OnProtocolServer} or {@link OnRealMongo}, so the same
 * tests run on both; they reach the database through {@link #mongo()}.
 */
public abstract class MongoStoreContract {

	private MongoTemplate mongo;

	@BeforeEach
	protected final void connect(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The database of the class's back end. */
	protected MongoTemplate mongo() {
		return this.mongo;
	}

}
