package org.shuangsuiji.evidence.record;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.evidence.testing.Upload;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.TestInfrastructure;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

@EvidenceServiceTest
@TestPropertySource(properties = "evidence.max-upload-size=3MB")
class EvidenceUploadTests {

	private static final String YUANYANG = "410725";

	@LocalServerPort
	int port;

	private TestHttp api() {
		return TestHttp.on(this.port).as(EvidenceTokens.token(Role.INSPECTOR, "410700"));
	}

	private static String inspection() {
		return InspectionStub.newOpenTask("agency-1", YUANYANG);
	}

	@Test
	void storesARawUploadWithItsHashSizeTypeAndExifCapture() throws Exception {
		String inspection = inspection();
		byte[] photo = Samples.jpegWithExif("2024:06:05 09:30:12", "+08:00", new int[] { 35, 18, 972 },
				new int[] { 113, 55, 3600 });

		Reply reply = upload(inspection, "GATE_PHOTO", YUANYANG, "agency-1").with("checklistItem", "1")
			.with("taskId", "task-7")
			.put(api(), "大门.jpg", photo);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode record = reply.json();
		assertThat(reply.header("Location")).isEqualTo("/api/evidence/" + record.path("id").asString());
		assertThat(record.path("sha256").asString()).isEqualTo(Sha256.of(photo));
		assertThat(record.path("size").asLong()).isEqualTo(photo.length);
		assertThat(record.path("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(record.path("fileName").asString()).isEqualTo("大门.jpg");
		assertThat(record.path("kind").asString()).isEqualTo("GATE_PHOTO");
		assertThat(record.path("kindName").asString()).isEqualTo("大门照片");
		assertThat(record.path("checklistItem").asString()).isEqualTo("1");
		assertThat(record.path("taskId").asString()).isEqualTo("task-7");
		assertThat(record.path("capturedAt").asString()).isEqualTo("2024-06-05T09:30:12+08:00");
		assertThat(record.path("location").path("latitude").asDouble()).isBetween(35.30, 35.31);
		assertThat(record.path("sequence").asLong()).isEqualTo(1);
		assertThat(record.path("previousHash").asString()).isEqualTo(Sha256.ZERO);
		assertThat(record.path("region").asString()).isEqualTo(YUANYANG);
		assertThat(storedBytes(record)).isEqualTo(photo);
	}

	@Test
	void storesAMultipartUploadWhoseFieldsComeBeforeTheFile() {
		String inspection = inspection();
		byte[] pdf = Samples.pdf();

		Reply reply = upload(inspection, "SIGNED_FACT_SHEET", YUANYANG, "agency-1").post(api(), "事实确认单.pdf",
				"application/pdf", pdf);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json("contentType")).isEqualTo("application/pdf");
		assertThat(reply.json("fileName")).isEqualTo("事实确认单.pdf");
		assertThat(reply.json("sha256")).isEqualTo(Sha256.of(pdf));
	}

	@Test
	void decidesTheTypeFromTheBytesNotFromTheNameOrTheDeclaredType() {
		Reply png = upload(inspection(), "PROCESS_PHOTO", YUANYANG, "agency-1").post(api(), "scan.pdf",
				"application/pdf", Samples.png(20, 20));
		assertThat(png.status()).isEqualTo(201);
		assertThat(png.json("contentType")).isEqualTo("image/png");

		String inspection = inspection();
		Reply exe = upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1")
			.put(api().header("Content-Type", "image/jpeg"), "photo.jpg", Samples.executable());
		assertThat(exe.status()).isEqualTo(415);
		assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
		assertThat(exe.problemType()).isEqualTo("unsupported-content");
		assertThat(api().get("/api/evidence/inspections/" + inspection).json().path("records").size()).isZero();
	}

	@Test
	void refusesAFileOverTheLimitWith413AndRecordsNothing() {
		String inspection = inspection();
		long tooLarge = 4L * 1024 * 1024;

		Reply declared = upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(), "big.jpg",
				HttpRequest.BodyPublishers.fromPublisher(
						HttpRequest.BodyPublishers.ofInputStream(() -> Samples.largeJpegLike(tooLarge, 1)), tooLarge));
		Reply streamed = upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(), "big.jpg",
				HttpRequest.BodyPublishers.ofInputStream(() -> Samples.largeJpegLike(3L * 1024 * 1024 + 1, 2)));
		Reply multipart = upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").post(api(), "big.jpg", "image/jpeg",
				Samples.largeJpegLike(3L * 1024 * 1024 + 100, 3));

		for (Reply reply : List.of(declared, streamed, multipart)) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
			assertThat(reply.problemType()).isEqualTo("file-too-large");
			assertThat(reply.json().path("limit").asLong()).isEqualTo(3L * 1024 * 1024);
		}
		assertThat(api().get("/api/evidence/inspections/" + inspection).json().path("records").size()).isZero();
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() {
		long limit = 3L * 1024 * 1024;
		Reply reply = upload(inspection(), "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(), "limit.jpg",
				HttpRequest.BodyPublishers.ofInputStream(() -> Samples.largeJpegLike(limit, 4)));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("size").asLong()).isEqualTo(limit);
	}

	@Test
	void returnsTheSameRecordWhenAnUploadIsRetriedWithTheSameIdempotencyKey() {
		String inspection = inspection();
		TestHttp inspector = api();
		Upload upload = upload(inspection, "MEETING_PHOTO", YUANYANG, "agency-1").idempotencyKey("k-1");
		byte[] photo = Samples.jpeg(30, 20);

		Reply first = upload.put(inspector, "meeting.jpg", photo);
		Reply retry = upload.put(inspector, "meeting.jpg", photo);
		Reply retryAsMultipart = upload.post(inspector, "meeting.jpg", "image/jpeg", photo);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json("id")).isEqualTo(first.json("id"));
		assertThat(retryAsMultipart.json("id")).isEqualTo(first.json("id"));
		assertThat(inspector.get("/api/evidence/inspections/" + inspection).json().path("records").size()).isOne();

		Reply reused = upload(inspection(), "MEETING_PHOTO", YUANYANG, "agency-1").idempotencyKey("k-1")
			.put(inspector, "other.jpg", photo);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.problemType()).isEqualTo("idempotency-key-reused");
	}

	@Test
	void linksEachRecordToTheHashOfThePreviousOne() {
		String inspection = inspection();
		List<JsonNode> records = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			records.add(upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1")
				.put(api(), "p" + i + ".png", Samples.png(10 + i, 10))
				.json());
		}

		assertThat(records).extracting((r) -> r.path("sequence").asLong()).containsExactly(1L, 2L, 3L);
		assertThat(records.get(1).path("previousHash").asString())
			.isEqualTo(records.get(0).path("recordHash").asString());
		assertThat(records.get(2).path("previousHash").asString())
			.isEqualTo(records.get(1).path("recordHash").asString());
		JsonNode listed = api().get("/api/evidence/inspections/" + inspection).json();
		assertThat(listed.path("headHash").asString()).isEqualTo(records.get(2).path("recordHash").asString());
	}

	@Test
	void keepsOneUnforkedChainUnderSimultaneousUploads() throws Exception {
		String inspection = inspection();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				int n = i;
				replies.add(pool.submit(() -> upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(),
						"p" + n + ".jpg", Samples.jpeg(8 + n, 8))));
			}
			for (Future<Reply> reply : replies) {
				assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}

		JsonNode verification = api().get("/api/evidence/inspections/" + inspection + "/verification").json();
		assertThat(verification.path("records").asInt()).isEqualTo(12);
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
	}

	@Test
	void namesEveryMissingOrMalformedFieldAt400() {
		Reply missing = upload(inspection(), null).put(api(), "x.jpg", Samples.jpeg(8, 8));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("kind");

		Reply malformed = upload("bad*id", "PHOTO", "41072", "agency-1").put(api(), "x.jpg", Samples.jpeg(8, 8));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactlyInAnyOrder("inspectionId", "kind", "region");

		Reply empty = upload(inspection(), "OTHER", YUANYANG, "agency-1").put(api(), "x.jpg", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorFields()).containsExactly("file");

		Reply noFile = upload(inspection(), "OTHER", YUANYANG, "agency-1").post(api(), "x.jpg", "image/jpeg",
				new byte[0]);
		assertThat(noFile.status()).isEqualTo(400);
	}

	@Test
	void takesRegionAndAgencyFromTheTaskWhenTheUploadLeavesThemOut() {
		String inspection = inspection();

		Reply reply = upload(inspection, "DOSSIER_SCAN").post(api(), "案卷.pdf", "application/pdf", Samples.pdf());

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json("agencyId")).isEqualTo("agency-1");
		assertThat(reply.json("region")).isEqualTo(YUANYANG);
		assertThat(reply.json("inspectionId")).isEqualTo(inspection).contains(":");
	}

	@Test
	void refusesARegionOrAgencyThatIsNotTheTasksAndStoresNothing() throws Exception {
		String inspection = inspection();

		Reply otherAgency = upload(inspection, "GATE_PHOTO", YUANYANG, "agency-2").put(api(), "b.jpg",
				Samples.jpeg(8, 8));
		Reply otherRegion = upload(inspection, "GATE_PHOTO", "410726", "agency-1").post(api(), "c.jpg", "image/jpeg",
				Samples.jpeg(8, 8));

		assertThat(otherAgency.status()).isEqualTo(422);
		assertThat(otherAgency.problemType()).isEqualTo("task-mismatch");
		assertThat(otherAgency.json("field")).isEqualTo("agencyId");
		assertThat(otherRegion.status()).isEqualTo(422);
		assertThat(otherRegion.problemType()).isEqualTo("task-mismatch");
		assertThat(otherRegion.json("field")).isEqualTo("region");
		assertThat(S3Direct.keysUnder("evidence/" + YUANYANG + "/" + inspection + "/")).isEmpty();
	}

	private static byte[] storedBytes(JsonNode record) throws Exception {
		var s3 = TestInfrastructure.s3();
		MinioClient client = MinioClient.builder()
			.endpoint(s3.endpoint())
			.credentials(s3.accessKey(), s3.secretKey())
			.region("us-east-1")
			.build();
		String key = "evidence/" + record.path("region").asString() + "/" + record.path("inspectionId").asString() + "/"
				+ record.path("id").asString();
		client.statObject(StatObjectArgs.builder().bucket("evidence").object(key).build());
		try (InputStream in = client.getObject(GetObjectArgs.builder().bucket("evidence").object(key).build())) {
			return in.readAllBytes();
		}
	}

}
