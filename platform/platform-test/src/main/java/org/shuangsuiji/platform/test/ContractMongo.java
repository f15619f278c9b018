package org.shuangsuiji.platform.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One database for a store contract test class (one contract, run against two MongoDB
 * back ends, ADR 0001), opened before the class's tests and closed after them. A subclass
 * of {@link MongoStoreContract} names its back end with {@link OnProtocolServer} (the
 * MongoDB-protocol server the tests and the local run use) or {@link OnRealMongo}
 * ({@link RealMongo}'s container; the class is skipped where Docker is missing).
 */
public final class ContractMongo implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(ContractMongo.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (realMongo(context) != null && !DockerClientFactory.instance().isDockerAvailable()) {
			return ConditionEvaluationResult.disabled("no Docker here: the real MongoDB cannot be started");
		}
		return ConditionEvaluationResult.enabled("the database can be reached");
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		OnRealMongo real = realMongo(context);
		Database database = (real != null) ? Database.inContainer(real.value()) : Database
			.onProtocolServer(context.getRequiredTestClass().getAnnotation(OnProtocolServer.class).value());
		context.getStore(NAMESPACE).put(Database.class, database);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Database database = context.getStore(NAMESPACE).remove(Database.class, Database.class);
		if (database != null) {
			database.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == MongoTemplate.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Database.class, Database.class).mongo();
	}

	private static OnRealMongo realMongo(ExtensionContext context) {
		return context.getRequiredTestClass().getAnnotation(OnRealMongo.class);
	}

	private record Database(MongoDBContainer container, MongoClient client, MongoTemplate mongo) {

		static Database onProtocolServer(String name) {
			MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
			return new Database(null, client, new MongoTemplate(client, name));
		}

		static Database inContainer(String name) {
			MongoDBContainer container = RealMongo.container();
			container.start();
			MongoClient client = MongoClients.create(container.getReplicaSetUrl(name));
			return new Database(container, client, new MongoTemplate(client, name));
		}

		void close() {
			this.client.close();
			if (this.container != null) {
				this.container.stop();
			}
		}

	}

}
