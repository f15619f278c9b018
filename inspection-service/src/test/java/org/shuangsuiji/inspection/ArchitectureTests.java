package org.shuangsuiji.inspection;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering the service keeps: a plain-Java domain per feature, edges around it. */
@AnalyzeClasses(packages = "org.shuangsuiji.inspection", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] DOMAIN = { "org.shuangsuiji.inspection.plan", "org.shuangsuiji.inspection.draw",
			"org.shuangsuiji.inspection.task", "org.shuangsuiji.inspection.audit",
			"org.shuangsuiji.inspection.canonical" };

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
				"com.fasterxml.jackson..", "jakarta.servlet..", "io.github.resilience4j..")
		.because("the rules of the draw, plans and tasks are pure Java (STYLE.md 3)");

	@ArchTest
	static final ArchRule domainDoesNotReachTheEdges = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..persistence..", "..application..", "org.shuangsuiji.inspection.registry..",
				"org.shuangsuiji.inspection.scoring..", "org.shuangsuiji.inspection.demo..");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..application..");

	@ArchTest
	static final ArchRule controllersLiveInWeb = classes().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.resideInAPackage("..web..");

	@ArchTest
	static final ArchRule domainsHaveNoCycles = slices().matching("org.shuangsuiji.inspection.(*)")
		.should()
		.beFreeOfCycles();

}
