package org.shuangsuiji.evidence.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** application.yml carries no object-store credentials: a start without them stops. */
class StorageCredentialsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void startWithoutAnAccessKeyFailsNamingTheVariable() {
		this.runner.withSystemProperties("S3_ACCESS_KEY=", "S3_SECRET_KEY=some-secret")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("set S3_ACCESS_KEY"));
	}

	@Test
	void startWithoutASecretKeyFailsNamingTheVariable() {
		this.runner.withSystemProperties("S3_ACCESS_KEY=some-access", "S3_SECRET_KEY=")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("set S3_SECRET_KEY"));
	}

	@Test
	void startWithBothBindsThem() {
		this.runner.withSystemProperties("S3_ACCESS_KEY=some-access", "S3_SECRET_KEY=some-secret")
			.run((context) -> assertThat(context.getBean(EvidenceProperties.class).storage().accessKey())
				.isEqualTo("some-access"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EvidenceProperties.class)
	static class PropertiesOnly {

	}

}
