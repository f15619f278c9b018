package org.shuangsuiji.scoring.sheet.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.shuangsuiji.platform.test.ContractMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The same store contract on the real MongoDB, wherever Docker exists (skipped here). */
class SheetStoreRealMongoTests extends SheetStoreContract {

	@RegisterExtension
	static final ContractMongo DATABASE = ContractMongo.realMongo("scoring");

	@Override
	MongoTemplate mongo() {
		return DATABASE.mongo();
	}

}
