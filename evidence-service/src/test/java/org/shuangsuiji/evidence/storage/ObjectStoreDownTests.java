package org.shuangsuiji.evidence.storage;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/** The service with its object store unreachable (nothing listens on port 9). */
@EvidenceServiceTest
@TestPropertySource(properties = { "evidence.storage.endpoint=http://127.0.0.1:9",
		"evidence.storage.public-endpoint=http://127.0.0.1:9", "evidence.storage.connect-timeout=2s" })
class ObjectStoreDownTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void refusesUploadsWith503ProblemAndRecordsNoMetadata() {
		TestHttp inspector = TestHttp.on(this.port).as(EvidenceTokens.token(Role.INSPECTOR, "410700"));
		String task = InspectionStub.newOpenTask("agency-1", "410725");

		Reply raw = upload(task, "GATE_PHOTO").put(inspector, "gate.jpg", Samples.jpeg(16, 16));
		Reply multipart = upload(task, "GATE_PHOTO").post(inspector, "gate.jpg", "image/jpeg", Samples.jpeg(16, 16));

		for (Reply reply : new Reply[] { raw, multipart }) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
			assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			assertThat(reply.problemType()).isEqualTo("object-store-unavailable");
		}
		Reply listed = inspector.get("/api/evidence/inspections/" + task);
		assertThat(listed.json().path("records").size()).isZero();
	}

	@Test
	void reportsTheStoreDownInHealthButStaysLive() {
		Reply health = TestHttp.on(this.managementPort).get("/actuator/health");
		Reply live = TestHttp.on(this.port).get("/livez");

		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).contains("objectStore");
		assertThat(live.status()).isEqualTo(200);
	}

	@Test
	void refusesReconciliationWith503() {
		Reply reply = TestHttp.on(this.port)
			.as(EvidenceTokens.token(Role.CITY, "410700"))
			.post("/api/evidence/reconciliation");

		assertThat(reply.status()).isEqualTo(503);
	}

}
