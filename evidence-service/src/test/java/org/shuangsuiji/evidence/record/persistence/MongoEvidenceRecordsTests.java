package org.shuangsuiji.evidence.record.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.shuangsuiji.platform.test.ContractMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The record rules on the MongoDB-protocol server the tests and the local run use. */
class MongoEvidenceRecordsTests extends MongoEvidenceRecordsContract {

	@RegisterExtension
	static final ContractMongo DATABASE = ContractMongo.protocolServer("evidence-records-contract");

	@Override
	MongoTemplate mongo() {
		return DATABASE.mongo();
	}

}
