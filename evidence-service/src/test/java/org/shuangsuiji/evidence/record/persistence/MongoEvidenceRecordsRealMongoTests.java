package org.shuangsuiji.evidence.record.persistence;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.shuangsuiji.platform.test.RealMongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The same record rules on the real MongoDB, wherever Docker exists (skipped here). */
@Testcontainers(disabledWithoutDocker = true)
class MongoEvidenceRecordsRealMongoTests extends MongoEvidenceRecordsContract {

	@Container
	static final MongoDBContainer MONGO = RealMongo.container();

	private static com.mongodb.client.MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(MONGO.getReplicaSetUrl("evidence"));
		mongo = new MongoTemplate(client, "evidence");
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
