package org.shuangsuiji.scoring.sheet.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.shuangsuiji.platform.test.TestInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on the MongoDB-protocol server the tests and the local run use. */
class SheetStoreProtocolServerTests extends SheetStoreContract {

	private static MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "scoring-store-contract");
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
