package org.shuangsuiji.evidence;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.architecture.ServiceArchitectureTests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service shape of ADR 0005 (platform-test's rule set), plus evidence's own rule: the
 * MinIO SDK and its HTTP client stay in the storage adapter and the wiring.
 */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super(EvidenceServiceApplication.class);
	}

	@Test
	void onlyTheStorageAdapterAndTheWiringUseTheMinioSdk() {
		noClasses().that()
			.resideOutsideOfPackages("org.shuangsuiji.evidence.storage.minio..", "org.shuangsuiji.evidence.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.minio..", "okhttp3..")
			.because("the rest of the service sees the store through the ObjectStore port")
			.check(serviceClasses());
	}

}
