package org.shuangsuiji.localrun;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPlatformJvmFlagsTest {

	@Test
	void childrenStartFastByDefault() {
		assertThat(LocalPlatform.jvmFlags(Map.of())).containsExactly("-Xmx512m", "-XX:TieredStopAtLevel=1");
		assertThat(LocalPlatform.jvmFlags(Map.of(LocalPlatform.JVM_FLAGS_ENV, "  ")))
			.contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void aBenchmarkReplacesTheFlagsWithItsOwn() {
		assertThat(
				LocalPlatform.jvmFlags(Map.of(LocalPlatform.JVM_FLAGS_ENV, " -Xmx537m  -XX:+ExitOnOutOfMemoryError ")))
			.containsExactly("-Xmx537m", "-XX:+ExitOnOutOfMemoryError");
	}

}
