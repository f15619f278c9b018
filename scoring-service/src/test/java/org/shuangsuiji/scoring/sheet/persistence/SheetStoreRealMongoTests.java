package org.shuangsuiji.scoring.sheet.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.shuangsuiji.platform.test.RealMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The same store contract on the real MongoDB, wherever Docker exists (skipped here). */
@Testcontainers(disabledWithoutDocker = true)
class SheetStoreRealMongoTests extends SheetStoreContract {

	@Container
	static final MongoDBContainer MONGO = RealMongo.container();

	private static MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(MONGO.getReplicaSetUrl("scoring"));
		mongo = new MongoTemplate(client, "scoring");
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
