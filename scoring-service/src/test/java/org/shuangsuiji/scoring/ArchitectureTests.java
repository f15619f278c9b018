package org.shuangsuiji.scoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of scoring-service: the domain of each feature is plain Java; web and
 * persistence sit at its edges and do not know each other.
 */
@AnalyzeClasses(packages = "org.shuangsuiji.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	static final String[] DOMAIN = { "org.shuangsuiji.scoring.template", "org.shuangsuiji.scoring.engine",
			"org.shuangsuiji.scoring.sheet", "org.shuangsuiji.scoring.dashboard" };

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
				"com.fasterxml.jackson..", "jakarta..", "io.micrometer..")
		.because("the scoring rules are pure functions and small classes, free of frameworks");

	@ArchTest
	static final ArchRule domainDoesNotReachTheEdges = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..persistence..", "..config..", "..demo..", "..json..");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..persistence..");

	@ArchTest
	static final ArchRule persistenceDoesNotServeTheWeb = noClasses().that()
		.resideInAPackage("..persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..web..");

	@ArchTest
	static final ArchRule theEngineKnowsNothingOfSheets = noClasses().that()
		.resideInAPackage("org.shuangsuiji.scoring.engine")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.shuangsuiji.scoring.sheet..", "org.shuangsuiji.scoring.dashboard..");

}
