package org.shuangsuiji.localrun;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalPlatformMongoCacheTest {

	@Test
	void theProtocolServersPageCacheIsTheDefaultUnlessTheEnvironmentSetsIt() {
		assertThat(LocalPlatform.mongoCacheMegabytes(Map.of())).isEqualTo(LocalPlatform.DEFAULT_MONGO_CACHE_MB);
		assertThat(LocalPlatform.mongoCacheMegabytes(Map.of(LocalPlatform.MONGO_CACHE_ENV, " 1536 "))).isEqualTo(1536);
	}

	@Test
	void aCacheSizeThatIsNoPositiveNumberIsRefusedWithTheVariablesName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalPlatform.mongoCacheMegabytes(Map.of(LocalPlatform.MONGO_CACHE_ENV, "1.5g")))
			.withMessageContaining("LOCAL_MONGO_CACHE_MB");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalPlatform.mongoCacheMegabytes(Map.of(LocalPlatform.MONGO_CACHE_ENV, "0")));
	}

}
