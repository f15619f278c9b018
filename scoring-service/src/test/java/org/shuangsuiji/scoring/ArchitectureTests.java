package org.shuangsuiji.scoring;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.test.architecture.ServiceArchitectureTests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service shape (ADR 0005), from the shared rule set, and the one rule that is
 * scoring-service's own: the engine scores templates and knows nothing of the sheets it
 * is used for.
 */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super(ScoringApplication.class);
	}

	@Test
	void theEngineKnowsNothingOfSheets() {
		noClasses().that()
			.resideInAPackage("org.shuangsuiji.scoring.engine")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.shuangsuiji.scoring.sheet..", "org.shuangsuiji.scoring.dashboard..")
			.check(serviceClasses());
	}

}
