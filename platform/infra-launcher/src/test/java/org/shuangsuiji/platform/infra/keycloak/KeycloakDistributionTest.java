package org.shuangsuiji.platform.infra.keycloak;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatIOException;

class KeycloakDistributionTest {

	@TempDir
	Path dir;

	@Test
	void unpacksTheZipsTopFolderIntoTheCacheFolder() throws IOException {
		Path home = this.dir.resolve("cache/keycloak-1.0");
		KeycloakDistribution distribution = new KeycloakDistribution(fakeDistribution("keycloak-1.0/"), home);

		distribution.unpackIfAbsent();

		assertThat(home.resolve("bin/kc.sh")).hasContent("#!/bin/sh");
		assertThat(home.resolve("bin/kc.sh").toFile().canExecute()).isTrue();
		assertThat(home.resolve("lib/quarkus-run.jar")).exists();
		assertThat(distribution.script()).isEqualTo(home.resolve("bin/kc.sh"));
		assertThat(distribution.importDir()).isEqualTo(home.resolve("data/import"));
		try (var leftovers = Files.list(home.getParent())) {
			assertThat(leftovers).containsExactly(home);
		}
	}

	@Test
	void keepsAnUnpackedDistributionInsteadOfUnpackingAgain() throws IOException {
		Path home = this.dir.resolve("cache/keycloak-1.0");
		new KeycloakDistribution(fakeDistribution("keycloak-1.0/"), home).unpackIfAbsent();
		Files.writeString(home.resolve("lib/quarkus/build-system.properties"), "built");

		new KeycloakDistribution(this.dir.resolve("gone.zip"), home).unpackIfAbsent();

		assertThat(home.resolve("lib/quarkus/build-system.properties")).hasContent("built");
	}

	@Test
	void replacesAnIncompleteFolderLeftByAnInterruptedRun() throws IOException {
		Path home = this.dir.resolve("cache/keycloak-1.0");
		Files.createDirectories(home.resolve("bin"));

		new KeycloakDistribution(fakeDistribution("keycloak-1.0/"), home).unpackIfAbsent();

		assertThat(home.resolve("lib/quarkus-run.jar")).exists();
	}

	@Test
	void namesTheMissingZipAndHowToGetIt() {
		KeycloakDistribution distribution = new KeycloakDistribution(this.dir.resolve("absent.zip"),
				this.dir.resolve("cache/kc"));

		assertThatIllegalStateException().isThrownBy(distribution::unpackIfAbsent)
			.withMessageContaining("absent.zip")
			.withMessageContaining("keycloak.dist.zip");
	}

	@Test
	void refusesZipEntriesThatEscapeTheTargetFolder() throws IOException {
		Path zip = this.dir.resolve("evil.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			entry(out, "../escaped.txt", "x");
		}

		assertThatIOException().isThrownBy(() -> KeycloakDistribution.extract(zip, this.dir.resolve("target")))
			.withMessageContaining("escapes");
		assertThat(this.dir.resolve("escaped.txt")).doesNotExist();
	}

	@Test
	void concurrentStartsInOneJvmUnpackOnceAndRunOneAtATime() throws Exception {
		Path home = this.dir.resolve("cache/keycloak-1.0");
		Path zip = fakeDistribution("keycloak-1.0/");
		List<String> events = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> starts = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				starts.add(() -> new KeycloakDistribution(zip, home).whileLocked(() -> {
					synchronized (events) {
						events.add("enter");
					}
					LockSupport.parkNanos(20_000_000);
					synchronized (events) {
						events.add("leave");
					}
					return Files.exists(home.resolve("bin/kc.sh"));
				}));
			}
			for (Future<Boolean> result : pool.invokeAll(starts)) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(events).containsExactly("enter", "leave", "enter", "leave", "enter", "leave", "enter", "leave");
	}

	private Path fakeDistribution(String top) throws IOException {
		Path zip = this.dir.resolve("keycloak.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry(top));
			out.closeEntry();
			entry(out, top + "bin/kc.sh", "#!/bin/sh");
			entry(out, top + "lib/quarkus-run.jar", "jar");
			entry(out, top + "lib/quarkus/build-system.properties", "fresh");
		}
		return zip;
	}

	private static void entry(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		OutputStream stream = out;
		stream.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
