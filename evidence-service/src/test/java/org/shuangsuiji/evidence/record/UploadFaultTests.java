package org.shuangsuiji.evidence.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * An upload whose connection is cut halfway (the client sends half of the declared
 * length, then closes the socket): no record is written, the chain goes on as if it had
 * never started, and any object the store kept of it is reported by the reconciliation as
 * an object without a record. Once small (one part), once over the 10 MB part size, so a
 * part was already written when the connection broke. The reconciliation's grace is 0 s
 * here, the same context as ReconciliationTests.
 */
@EvidenceServiceTest
@TestPropertySource(properties = "evidence.reconciliation.grace=0s")
class UploadFaultTests {

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(ints = { 1, 24 })
	void anUploadCutOffHalfwayLeavesNoRecordAndTheReconciliationFindsAnyObjectItLeft(int declaredMegabytes)
			throws Exception {
		String inspection = InspectionStub.newOpenTask("agency-1", "410725");
		String inspector = EvidenceTokens.token(Role.INSPECTOR, "410700");

		cutOffHalfway(inspection, inspector, declaredMegabytes * MB);

		TestHttp api = TestHttp.on(this.port).as(inspector);
		Reply next = upload(inspection, "GATE_PHOTO").put(api, "gate.jpg", Samples.jpeg(8, 8));
		assertThat(next.status()).as(next::toString).isEqualTo(201);
		JsonNode chain = api.get("/api/evidence/inspections/" + inspection).json();
		assertThat(chain.path("records").size()).as("only the complete upload is evidence").isOne();
		assertThat(chain.path("records").get(0).path("sequence").asLong()).isOne();
		String kept = S3Direct.evidenceKey("410725", inspection, next.json("id"));

		TestHttp city = TestHttp.on(this.port).as(EvidenceTokens.token(Role.CITY, "410700"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<String> strays = new ArrayList<>(S3Direct.keysUnder("evidence/410725/" + inspection + "/"));
			strays.remove(kept);
			JsonNode report = city.post("/api/evidence/reconciliation").json();
			List<String> reported = new ArrayList<>();
			report.path("objectsWithoutRecords").forEach((object) -> reported.add(object.path("key").asString()));
			assertThat(reported).containsAll(strays);
			assertThat(report.path("recordsWithoutObjects").toString()).doesNotContain(inspection);
		});
	}

	/**
	 * A raw PUT of a JPEG-like file of {@code declared} bytes that sends half of them and
	 * then closes the connection, as a phone losing its network would.
	 */
	private void cutOffHalfway(String inspection, String bearer, int declared) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port);
				InputStream file = Samples.largeJpegLike(declared, 7)) {
			OutputStream out = socket.getOutputStream();
			String head = "PUT /api/evidence/inspections/" + inspection + "/files/cut.jpg?kind=GATE_PHOTO HTTP/1.1\r\n"
					+ "Host: 127.0.0.1:" + this.port + "\r\nAuthorization: " + bearer
					+ "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + declared + "\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[64 * 1024];
			int sent = 0;
			while (sent < declared / 2) {
				int n = file.read(buffer, 0, Math.min(buffer.length, declared / 2 - sent));
				out.write(buffer, 0, n);
				sent += n;
			}
			out.flush();
		}
	}

}
