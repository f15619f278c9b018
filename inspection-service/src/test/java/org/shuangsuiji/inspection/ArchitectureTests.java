package org.shuangsuiji.inspection;

import org.shuangsuiji.platform.test.architecture.ServiceArchitectureTests;

/** The service shape of ADR 0005, checked by the shared rule set. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super(InspectionServiceApplication.class);
	}

}
