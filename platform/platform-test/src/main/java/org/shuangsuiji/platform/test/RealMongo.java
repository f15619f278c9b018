package org.shuangsuiji.platform.test;

import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real MongoDB for tests that check behaviour where the in-JVM stand-in could differ
 * from production (ADR 0001). Use it from a class annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)} with a {@code @Container} field,
 * and point Spring at {@link MongoDBContainer#getReplicaSetUrl(String)} through a
 * {@code @DynamicPropertySource}; where Docker is missing the class is skipped, so such a
 * test is never the only coverage of a behaviour.
 */
public final class RealMongo {

	/**
	 * The image production runs (a replica set member, so transactions would exist
	 * there).
	 */
	public static final String IMAGE = "mongo:8.0";

	private RealMongo() {
	}

	public static MongoDBContainer container() {
		return new MongoDBContainer(IMAGE);
	}

}
