package org.shuangsuiji.evidence.reconcile;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.config.ReconciliationJob;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

@EvidenceServiceTest
@TestPropertySource(properties = "evidence.reconciliation.grace=0s")
class ReconciliationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReconciliationJob job;

	@Autowired
	Reconciler reconciler;

	@Test
	void reportsObjectsWithoutRecordsAndRecordsWithoutObjectsOfTheCallersRegion() throws Exception {
		String inspection = InspectionStub.newOpenTask("agency-1", "410725");
		TestHttp inspector = TestHttp.on(this.port).as(EvidenceTokens.token(Role.INSPECTOR, "410700"));
		String lost = upload(inspection, "GATE_PHOTO", "410725", "agency-1")
			.put(inspector, "gate.jpg", Samples.jpeg(8, 8))
			.json("id");
		upload(inspection, "MEETING_PHOTO", "410725", "agency-1").put(inspector, "meeting.jpg", Samples.jpeg(9, 8));
		String lostKey = S3Direct.evidenceKey("410725", inspection, lost);
		S3Direct.remove(lostKey);
		String stray = "evidence/410725/" + inspection + "/" + UUID.randomUUID();
		S3Direct.overwrite(stray, Samples.pdf());
		String elsewhere = "evidence/420700/other/" + UUID.randomUUID();
		S3Direct.overwrite(elsewhere, Samples.pdf());

		JsonNode city = TestHttp.on(this.port)
			.as(EvidenceTokens.token(Role.CITY, "410700"))
			.post("/api/evidence/reconciliation")
			.json();

		assertThat(city.path("prefix").asString()).isEqualTo("evidence/4107");
		assertThat(city.path("consistent").asBoolean()).isFalse();
		assertThat(city.path("objectsWithoutRecords")).extracting((o) -> o.path("key").asString())
			.contains(stray)
			.doesNotContain(elsewhere);
		assertThat(city.path("recordsWithoutObjects")).extracting((r) -> r.path("evidenceId").asString())
			.contains(lost);

		JsonNode latest = TestHttp.on(this.port)
			.as(EvidenceTokens.token(Role.CITY, "410700"))
			.get("/api/evidence/reconciliation/latest")
			.json();
		assertThat(latest.path("checkedAt").asString()).isEqualTo(city.path("checkedAt").asString());
	}

	@Test
	void theScheduledRunCoversTheWholeBucketAndKeepsItsReport() throws Exception {
		String stray = "evidence/420700/stray/" + UUID.randomUUID();
		S3Direct.overwrite(stray, Samples.pdf());

		this.job.run();

		ReconciliationReport report = this.reconciler.latest("evidence/").orElseThrow();
		assertThat(report.trigger()).isEqualTo("schedule");
		assertThat(report.objectsWithoutRecords()).extracting((o) -> o.key()).contains(stray);
	}

}
