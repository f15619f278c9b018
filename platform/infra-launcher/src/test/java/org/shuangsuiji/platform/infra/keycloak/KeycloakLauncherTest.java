package org.shuangsuiji.platform.infra.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeycloakLauncherTest {

	@TempDir
	Path dir;

	@Test
	void startsDevModeOnLoopbackWithInMemoryDatabaseFixedHostnameAndRealmImport() {
		assertThat(KeycloakLauncher.command(Path.of("/kc/bin/kc.sh"), 8180, 9123)).containsExactly("/bin/sh",
				"/kc/bin/kc.sh", "start-dev", "--http-port=8180", "--http-host=127.0.0.1",
				"--hostname=http://localhost:8180", "--import-realm", "--db=dev-mem", "--http-management-port=9123",
				"--health-enabled=true");
	}

	@Test
	void environmentCarriesTheBootstrapAdminAndDropsTheCallersKeycloakSettings() {
		Map<String, String> env = new HashMap<>(Map.of("KC_DB", "postgres", "JAVA_OPTS", "-Xmx8g", "JAVA_OPTS_APPEND",
				"-Dx", "PATH", "/usr/bin", "JAVA", "/opt/java"));

		KeycloakLauncher.environment(env, "root", "s3cret", "-XX:TieredStopAtLevel=1");

		assertThat(env).containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "root")
			.containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "s3cret")
			.containsEntry("JAVA_HOME", System.getProperty("java.home"))
			.containsEntry("PATH", "/usr/bin")
			.containsEntry("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1")
			.doesNotContainKeys("KC_DB", "JAVA_OPTS", "JAVA");
	}

	@Test
	void noExtraJavaOptionsLeavesKeycloaksDefaults() {
		Map<String, String> env = new HashMap<>(Map.of("JAVA_OPTS_APPEND", "-Dfrom.caller"));

		KeycloakLauncher.environment(env, "root", "s3cret", "");

		assertThat(env).doesNotContainKey("JAVA_OPTS_APPEND");
	}

	@Test
	void importFolderEndsWithExactlyTheGivenRealm() throws IOException {
		Path importDir = this.dir.resolve("home/data/import");
		Files.createDirectories(importDir);
		Files.writeString(importDir.resolve("old-realm.json"), "{}");
		Path realm = Files.writeString(this.dir.resolve("realm-shuangsuiji.json"), "{\"realm\":\"shuangsuiji\"}");

		KeycloakLauncher.replaceImports(importDir, realm);

		try (var files = Files.list(importDir)) {
			assertThat(files).containsExactly(importDir.resolve("realm-shuangsuiji.json"));
		}
		assertThat(importDir.resolve("realm-shuangsuiji.json")).hasContent("{\"realm\":\"shuangsuiji\"}");
		try (var staging = Files.list(importDir.getParent())) {
			assertThat(staging).containsExactly(importDir);
		}
	}

	@Test
	void findsTheDistributionInTheLocalMavenRepository() {
		assertThat(KeycloakLauncher.distributionInRepository(Path.of("/m2"), "26.7.3"))
			.isEqualTo(Path.of("/m2/org/keycloak/keycloak-quarkus-dist/26.7.3/keycloak-quarkus-dist-26.7.3.zip"));
	}

	@Test
	void findsTheRealmFileInTheNearestParentFolder() throws IOException {
		Path realm = this.dir.resolve("keycloak/realm-shuangsuiji.json");
		Files.createDirectories(realm.getParent());
		Files.writeString(realm, "{}");
		Path module = Files.createDirectories(this.dir.resolve("gateway/src"));

		assertThat(KeycloakLauncher.findUpwards(module, KeycloakLauncher.REALM_FILE)).isEqualTo(realm);
	}

	@Test
	void namesTheRealmFileItCouldNotFind() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KeycloakLauncher.findUpwards(this.dir, "keycloak/nowhere.json"))
			.withMessageContaining("keycloak/nowhere.json")
			.withMessageContaining("keycloak.realm.file");
	}

	@Test
	void refusesPortsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeycloakLauncher.create().port(70000));
	}

	@Test
	void versionMatchesTheRootPom() throws IOException {
		Path pom = KeycloakLauncher.findUpwards(Path.of(System.getProperty("user.dir")).getParent().getParent(),
				"pom.xml");
		Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
			.matcher(Files.readString(pom));

		assertThat(version.find()).isTrue();
		assertThat(version.group(1)).isEqualTo(KeycloakLauncher.VERSION);
	}

	@Test
	void theProjectRealmFileIsFoundFromThisModule() {
		assertThat(KeycloakLauncher.defaultRealmFile()).exists().endsWith(Path.of("keycloak/realm-shuangsuiji.json"));
	}

}
