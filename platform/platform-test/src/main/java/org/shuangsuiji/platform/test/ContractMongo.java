package org.shuangsuiji.platform.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One database for a store contract test class (one contract, run against two MongoDB
 * back ends, ADR 0001): register it as a static {@code @RegisterExtension} field of each
 * subclass of the contract and hand its {@link #mongo()} to the contract.
 * {@link #protocolServer} is the MongoDB-protocol server the tests and the local run use;
 * {@link #realMongo} is {@link RealMongo}'s container, and the class is skipped where
 * Docker is missing.
 */
public final class ContractMongo implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	private final String database;

	private final boolean real;

	private MongoDBContainer container;

	private MongoClient client;

	private MongoTemplate mongo;

	private ContractMongo(String database, boolean real) {
		this.database = database;
		this.real = real;
	}

	/** A database on the in-JVM MongoDB-protocol server. */
	public static ContractMongo protocolServer(String database) {
		return new ContractMongo(database, false);
	}

	/** A database on a real MongoDB in a container; skipped without Docker. */
	public static ContractMongo realMongo(String database) {
		return new ContractMongo(database, true);
	}

	/** The database, once the class's tests run. */
	public MongoTemplate mongo() {
		return this.mongo;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (this.real && !DockerClientFactory.instance().isDockerAvailable()) {
			return ConditionEvaluationResult.disabled("no Docker here: the real MongoDB cannot be started");
		}
		return ConditionEvaluationResult.enabled("the database can be reached");
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String uri;
		if (this.real) {
			this.container = RealMongo.container();
			this.container.start();
			uri = this.container.getReplicaSetUrl(this.database);
		}
		else {
			uri = TestInfrastructure.mongoUri();
		}
		this.client = MongoClients.create(uri);
		this.mongo = new MongoTemplate(this.client, this.database);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.client.close();
		if (this.container != null) {
			this.container.stop();
		}
	}

}
