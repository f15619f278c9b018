package org.shuangsuiji.evidence.record.persistence;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.shuangsuiji.platform.test.TestInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The record rules on the MongoDB-protocol server the tests and the local run use. */
class MongoEvidenceRecordsTests extends MongoEvidenceRecordsContract {

	private static com.mongodb.client.MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "evidence-records-contract");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Override
	MongoTemplate mongo() {
		return mongo;
	}

}
