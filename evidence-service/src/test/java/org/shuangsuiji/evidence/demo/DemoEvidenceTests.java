package org.shuangsuiji.evidence.demo;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@EvidenceServiceTest
@ActiveProfiles("local")
class DemoEvidenceTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoEvidence demo;

	@Test
	void loadsTheFictionalDemoEvidenceOfTheDemoTaskOnceHoweverOftenTheServiceStarts() throws Exception {
		InspectionStub.openToEveryone(DemoEvidence.INSPECTION, "demo-xx-02", "410725");
		this.demo.run(null);

		JsonNode inspection = TestHttp.on(this.port)
			.as(EvidenceTokens.token(Role.CITY, "410700"))
			.get("/api/evidence/inspections/" + DemoEvidence.INSPECTION)
			.json();
		assertThat(inspection.path("records")).extracting((r) -> r.path("fileName").asString())
			.containsExactly("demo-gate.jpg", "demo-meeting.jpg", "demo-fact-sheet.pdf");
		assertThat(inspection.path("agencyId").asString()).isEqualTo("demo-xx-02");
		assertThat(inspection.path("inspectionId").asString()).isEqualTo("demo-xinxiang-2024:demo-xx-02");
	}

}
