package org.shuangsuiji.evidence;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain packages are plain Java: no Spring, no web, no MongoDB, no MinIO SDK.
 * Adapters live in {@code web}, {@code persistence}, {@code storage.minio} and
 * {@code config}.
 */
class ArchitectureTests {

	private static final String[] DOMAIN = { "org.shuangsuiji.evidence.content..", "org.shuangsuiji.evidence.storage",
			"org.shuangsuiji.evidence.record", "org.shuangsuiji.evidence.verification",
			"org.shuangsuiji.evidence.export", "org.shuangsuiji.evidence.reconcile" };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.shuangsuiji.evidence");

	@Test
	void domainPackagesDoNotDependOnSpring() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.check(this.classes);
	}

	@Test
	void domainPackagesDoNotDependOnStorageOrDatabaseClients() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.minio..", "okhttp3..", "com.mongodb..", "org.bson..", "tools.jackson..")
			.check(this.classes);
	}

	@Test
	void domainPackagesDoNotReachIntoTheirAdapters() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..persistence..", "..minio..", "org.shuangsuiji.evidence.config..")
			.check(this.classes);
	}

	@Test
	void persistenceDoesNotDependOnWeb() {
		noClasses().that()
			.resideInAPackage("..persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..web..")
			.check(this.classes);
	}

}
