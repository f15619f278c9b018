package org.shuangsuiji.k8s;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

	@Test
	void readsEnvironmentKeysWithTheirDefaultsNestedOnesIncluded() {
		Placeholders keys = Placeholders.parse("""
				a: ${PORT:8081}
				b: ${S3_PUBLIC_ENDPOINT:${S3_ENDPOINT:http://localhost:9100}}
				c: ${S3_SECRET_KEY}
				d: ${KEYCLOAK_JWK_SET_URI:}
				e: ${spring.application.name}
				f: "[${spring.application.name:},%X{traceId:-}] "
				""");

		assertThat(keys.defaults()).containsOnlyKeys("PORT", "S3_PUBLIC_ENDPOINT", "S3_ENDPOINT", "S3_SECRET_KEY",
				"KEYCLOAK_JWK_SET_URI");
		assertThat(keys.defaults().get("S3_PUBLIC_ENDPOINT")).contains("${S3_ENDPOINT:http://localhost:9100}");
		assertThat(keys.defaults().get("S3_SECRET_KEY")).isEmpty();
	}

	@Test
	void productionMustSetKeysWithoutOrWithAnEmptyDefaultAndThosePointingAtTheLocalRun() {
		Placeholders keys = Placeholders.parse("""
				a: ${PORT:8081}
				b: ${MONGODB_URI:mongodb://localhost:27018/registry}
				c: ${S3_SECRET_KEY}
				d: ${S3_ACCESS_KEY:}
				e: ${EVIDENCE_BUCKET:evidence}
				""");

		assertThat(keys.requiredInProduction()).containsOnlyKeys("MONGODB_URI", "S3_SECRET_KEY", "S3_ACCESS_KEY");
		assertThat(keys.requiredInProduction().get("S3_SECRET_KEY")).isEqualTo(Optional.empty());
	}

}
