package org.shuangsuiji.evidence.record.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.shuangsuiji.platform.test.ContractMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The same record rules on the real MongoDB, wherever Docker exists (skipped here). */
class MongoEvidenceRecordsRealMongoTests extends MongoEvidenceRecordsContract {

	@RegisterExtension
	static final ContractMongo DATABASE = ContractMongo.realMongo("evidence");

	@Override
	MongoTemplate mongo() {
		return DATABASE.mongo();
	}

}
