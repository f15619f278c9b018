package org.shuangsuiji.scoring.sheet.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.shuangsuiji.platform.test.ContractMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on the MongoDB-protocol server the tests and the local run use. */
class SheetStoreProtocolServerTests extends SheetStoreContract {

	@RegisterExtension
	static final ContractMongo DATABASE = ContractMongo.protocolServer("scoring-store-contract");

	@Override
	MongoTemplate mongo() {
		return DATABASE.mongo();
	}

}
