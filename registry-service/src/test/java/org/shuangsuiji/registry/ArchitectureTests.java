package org.shuangsuiji.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Guards the layering: plain-Java domain at each feature's root, Spring at the edges. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.shuangsuiji.registry");

	private static final String[] DOMAIN = { "org.shuangsuiji.registry.region", "org.shuangsuiji.registry.agency",
			"org.shuangsuiji.registry.appraiser", "org.shuangsuiji.registry.pool", "org.shuangsuiji.registry.conflict",
			"org.shuangsuiji.registry.history", "org.shuangsuiji.registry.importing",
			"org.shuangsuiji.registry.importing.file", "org.shuangsuiji.registry.shared" };

	@Test
	void domainPackagesDependOnNeitherSpringNorMongoNorTheEdges() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "jakarta.servlet..",
					"tools.jackson..", "..web..", "..persistence..", "..application..", "..config..", "..demo..")
			.check(CLASSES);
	}

	@Test
	void persistenceDoesNotReachUpToTheApplicationOrWebLayers() {
		noClasses().that()
			.resideInAPackage("..persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..application..", "..web..")
			.check(CLASSES);
	}

	@Test
	void applicationServicesDoNotDependOnControllers() {
		noClasses().that()
			.resideInAPackage("..application..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void mongoDocumentsStayInPersistencePackages() {
		classes().that()
			.areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
			.should()
			.resideInAPackage("..persistence..")
			.check(CLASSES);
	}

}
