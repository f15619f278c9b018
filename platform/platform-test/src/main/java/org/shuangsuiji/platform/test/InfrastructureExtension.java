package org.shuangsuiji.platform.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points a Spring Boot test at the real infrastructure before its context starts: the
 * MongoDB-protocol server, the S3 server and the test JWK set, through system properties
 * that the services' {@code application.yml} read.
 */
public class InfrastructureExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		System.setProperty("spring.mongodb.uri", TestInfrastructure.mongoUri());
		System.setProperty("platform.security.jwk-set-uri", TestJwts.jwkSetUri());
		System.setProperty("platform.security.issuer", TestJwts.ISSUER);
		TestInfrastructure.S3Endpoint s3 = TestInfrastructure.s3();
		System.setProperty("S3_ENDPOINT", s3.endpoint());
		System.setProperty("S3_ACCESS_KEY", s3.accessKey());
		System.setProperty("S3_SECRET_KEY", s3.secretKey());
	}

}
