package org.shuangsuiji.platform.test;

import org.shuangsuiji.platform.infra.mongo.MongoProtocolServer;
import org.shuangsuiji.platform.infra.s3.S3ProtocolServer;

/**
 * The real infrastructure for tests, started once per JVM on free ports and stopped when
 * the JVM ends: a MongoDB wire-protocol server and an S3 API server.
 */
public final class TestInfrastructure {

	private static MongoProtocolServer mongo;

	private static S3ProtocolServer s3;

	private TestInfrastructure() {
	}

	/**
	 * A MongoDB connection string to the shared in-memory server, database {@code test}.
	 */
	public static synchronized String mongoUri() {
		if (mongo == null) {
			mongo = MongoProtocolServer.inMemory();
			Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-protocol-server-stop"));
		}
		return mongo.uri("test");
	}

	/** The shared S3 API server (S3Proxy, objects in memory). */
	public static synchronized S3Endpoint s3() {
		if (s3 == null) {
			s3 = S3ProtocolServer.inMemory("test-access", "test-secret-key");
			Runtime.getRuntime().addShutdownHook(new Thread(s3::close, "s3-protocol-server-stop"));
		}
		return new S3Endpoint(s3.endpoint(), s3.accessKey(), s3.secretKey());
	}

	/** Where and how to reach the test S3 server. */
	public record S3Endpoint(String endpoint, String accessKey, String secretKey) {
	}

}
