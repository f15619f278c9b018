package org.shuangsuiji.evidence.record;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.LocalS3;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * Uploads files larger than the whole heap of this JVM, which runs in its own surefire
 * fork with {@code -Xmx80m} (execution {@code upload-larger-than-heap} in the pom): the
 * service, S3Proxy (on disk, so the objects do not land in this heap either) and the
 * client all share those 80 MB, less than the 100 MB file. Only streaming end to end can
 * pass.
 */
@EvidenceServiceTest
class UploadLargerThanHeapTests {

	private static final long SIZE = 100L * 1024 * 1024;

	@LocalServerPort
	int port;

	private static String store;

	@DynamicPropertySource
	static void storeOnDiskInItsOwnProcess(DynamicPropertyRegistry registry) {
		store = LocalS3.forkedEndpoint();
		registry.add("evidence.storage.endpoint", () -> store);
		registry.add("evidence.storage.public-endpoint", () -> store);
		registry.add("evidence.storage.access-key", () -> LocalS3.ACCESS_KEY);
		registry.add("evidence.storage.secret-key", () -> LocalS3.SECRET_KEY);
		registry.add("evidence.part-size", () -> "5MB");
	}

	@BeforeAll
	static void tasksOpenToTheUploader() {
		InspectionStub.openToEveryone("plan-large:agency-raw", "agency-raw", "410725");
		InspectionStub.openToEveryone("plan-large:agency-multipart", "agency-multipart", "410725");
	}

	@BeforeAll
	static void theFileIsLargerThanTheHeap() {
		assertThat(Runtime.getRuntime().maxMemory()).as("run by the upload-larger-than-heap execution")
			.isLessThan(SIZE);
	}

	private TestHttp inspector() {
		return TestHttp.on(this.port).as(EvidenceTokens.token(Role.INSPECTOR, "410700"));
	}

	@Test
	void streamsARawPutLargerThanTheHeap() throws Exception {
		Reply reply = upload("plan-large:agency-raw", "PROCESS_PHOTO")
			.put(inspector(), "video.jpg", HttpRequest.BodyPublishers
				.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> Samples.largeJpegLike(SIZE, 11)), SIZE));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("size").asLong()).isEqualTo(SIZE);
		assertThat(reply.json("sha256")).isEqualTo(Sha256.of(Samples.largeJpegLike(SIZE, 11)).sha256());
	}

	@Test
	void streamsAMultipartUploadLargerThanTheHeapAndVerifiesIt() throws Exception {
		Reply reply = upload("plan-large:agency-multipart", "DOSSIER_SCAN").post(inspector(), "dossier.jpg",
				"image/jpeg", Samples.largeJpegLike(SIZE, 12));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json("sha256")).isEqualTo(Sha256.of(Samples.largeJpegLike(SIZE, 12)).sha256());
		JsonNode verification = inspector().get("/api/evidence/inspections/plan-large:agency-multipart/verification")
			.json();
		assertThat(verification.path("intact").asBoolean()).isTrue();
		assertThat(verification.path("bytesRead").asLong()).isEqualTo(SIZE);
	}

}
