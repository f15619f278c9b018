package org.shuangsuiji.evidence.record;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.content.Sha256;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

@EvidenceServiceTest
class EvidenceLifecycleTests {

	private static final String YUANYANG = "410725";

	@LocalServerPort
	int port;

	private final String inspectorToken = EvidenceTokens.token(Role.INSPECTOR, "410700");

	private final String cityToken = EvidenceTokens.token(Role.CITY, "410700");

	private TestHttp inspector() {
		return TestHttp.on(this.port).as(this.inspectorToken);
	}

	private TestHttp city() {
		return TestHttp.on(this.port).as(this.cityToken);
	}

	private static String inspection() {
		return InspectionStub.newOpenTask("agency-1", YUANYANG);
	}

	private JsonNode uploaded(String inspection, String kind, byte[] content, String name) {
		Reply reply = upload(inspection, kind, YUANYANG, "agency-1").put(inspector(), name, content);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json();
	}

	@Test
	void withdrawingBeforeClosingIsARecordedEventAndTheFileStays() throws Exception {
		String inspection = inspection();
		byte[] photo = Samples.jpeg(40, 30);
		JsonNode record = uploaded(inspection, "PROCESS_PHOTO", photo, "blurred.jpg");
		String id = record.path("id").asString();

		Reply withdrawn = inspector().post("/api/evidence/" + id + "/withdrawal", "{\"reason\":\"照片模糊\"}");

		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.json().path("withdrawn").asBoolean()).isTrue();
		assertThat(withdrawn.json().path("withdrawal").path("reason").asString()).isEqualTo("照片模糊");
		assertThat(withdrawn.json("recordHash")).isEqualTo(record.path("recordHash").asString());
		assertThat(S3Direct.read(S3Direct.evidenceKey(YUANYANG, inspection, id))).isEqualTo(photo);
		assertThat(inspector().get("/api/evidence/" + id + "/content").bytes()).isEqualTo(photo);
		assertThat(inspector().get("/api/evidence/inspections/" + inspection + "/events").json())
			.extracting((event) -> event.path("type").asString())
			.containsSubsequence("UPLOADED", "WITHDRAWN", "DOWNLOADED");

		Reply again = inspector().post("/api/evidence/" + id + "/withdrawal", "{\"reason\":\"again\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("already-withdrawn");
	}

	@Test
	void aWithdrawalNeedsAReason() {
		String id = uploaded(inspection(), "OTHER", Samples.pdf(), "x.pdf").path("id").asString();

		Reply reply = inspector().post("/api/evidence/" + id + "/withdrawal", "{\"reason\":\" \"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("reason");
	}

	@Test
	void afterClosingNothingCanBeWithdrawnAndOnlyTheAgencysOwnKindsAreAccepted() {
		String inspection = inspection();
		String agency = EvidenceTokens.agencyToken("agency-1", YUANYANG);
		InspectionStub.openToEveryone(inspection, "agency-1", YUANYANG).agency(agency);
		String id = uploaded(inspection, "GATE_PHOTO", Samples.jpeg(20, 20), "gate.jpg").path("id").asString();
		String second = uploaded(inspection, "MEETING_PHOTO", Samples.jpeg(20, 20), "meeting.jpg").path("recordHash")
			.asString();

		Reply closed = city().post("/api/evidence/inspections/" + inspection + "/close", "{\"note\":\"检查结束\"}");
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().path("closed").asBoolean()).isTrue();
		assertThat(closed.json().path("note").asString()).isEqualTo("检查结束");
		assertThat(closed.json("headHash")).isEqualTo(second);
		assertThat(closed.json().path("headSequence").asLong()).isEqualTo(2);

		Reply withdraw = inspector().post("/api/evidence/" + id + "/withdrawal", "{\"reason\":\"late\"}");
		assertThat(withdraw.status()).isEqualTo(422);
		assertThat(withdraw.problemType()).isEqualTo("inspection-closed");

		Reply photo = upload(inspection, "GATE_PHOTO", YUANYANG, "agency-1").put(inspector(), "late.jpg",
				Samples.jpeg(8, 8));
		assertThat(photo.status()).isEqualTo(422);
		assertThat(photo.problemType()).isEqualTo("inspection-closed");

		Reply proof = upload(inspection, "RECTIFICATION_PROOF").put(TestHttp.on(this.port).as(agency), "整改.pdf",
				Samples.pdf());
		assertThat(proof.status()).as(proof.toString()).isEqualTo(201);
		Reply signed = upload(inspection, "SIGNED_FACT_SHEET").put(TestHttp.on(this.port).as(agency), "事实确认单.pdf",
				Samples.pdf());
		assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
		Reply teamFactSheet = upload(inspection, "SIGNED_FACT_SHEET").put(inspector(), "事实确认单.pdf", Samples.pdf());
		assertThat(teamFactSheet.status()).isEqualTo(422);
		Reply proofWithdrawal = TestHttp.on(this.port)
			.as(agency)
			.post("/api/evidence/" + proof.json("id") + "/withdrawal", "{\"reason\":\"wrong file\"}");
		assertThat(proofWithdrawal.status()).isEqualTo(422);

		Reply closedAgain = city().post("/api/evidence/inspections/" + inspection + "/close", "{}");
		assertThat(closedAgain.status()).isEqualTo(200);
		assertThat(closedAgain.json().path("closedAt").asString()).isEqualTo(closed.json().path("closedAt").asString());
		assertThat(closedAgain.json("headHash")).isEqualTo(second);
		JsonNode read = city().get("/api/evidence/inspections/" + inspection).json();
		assertThat(read.path("closedHeadHash").asString()).isEqualTo(second);
		assertThat(read.path("headHash").asString()).isEqualTo(signed.json("recordHash"));
		assertThat(read.path("records")).extracting((r) -> r.path("kind").asString())
			.containsExactly("GATE_PHOTO", "MEETING_PHOTO", "RECTIFICATION_PROOF", "SIGNED_FACT_SHEET");
		assertThat(city().get("/api/evidence/inspections/" + inspection + "/events").json())
			.filteredOn((event) -> event.path("type").asString().equals("INSPECTION_CLOSED"))
			.hasSize(1);
	}

	@Test
	void closingATaskWithoutEvidenceTakesItsRegionAndAgencyFromTheTask() {
		String inspection = InspectionStub.newOpenTask("agency-9", YUANYANG);

		Reply mismatch = city().post("/api/evidence/inspections/" + inspection + "/close",
				"{\"region\":\"410725\",\"agencyId\":\"agency-1\"}");
		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.problemType()).isEqualTo("task-mismatch");

		Reply closed = city().post("/api/evidence/inspections/" + inspection + "/close",
				"{\"region\":\"410725\",\"agencyId\":\"agency-9\"}");
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json("agencyId")).isEqualTo("agency-9");
		assertThat(closed.json("region")).isEqualTo(YUANYANG);
		assertThat(closed.json("headHash")).isEqualTo(Sha256.ZERO);
		assertThat(upload(inspection, "GATE_PHOTO").put(inspector(), "g.jpg", Samples.jpeg(8, 8)).status())
			.isEqualTo(422);
	}

	@Test
	void streamsTheFileThroughTheServiceWithItsHashAndName() {
		byte[] pdf = Samples.pdf();
		String id = uploaded(inspection(), "SIGNED_FACT_SHEET", pdf, "事实确认单.pdf").path("id").asString();

		Reply content = inspector().get("/api/evidence/" + id + "/content");

		assertThat(content.status()).isEqualTo(200);
		assertThat(content.bytes()).isEqualTo(pdf);
		assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(content.header("ETag")).isEqualTo("\"" + Sha256.of(pdf) + "\"");
		assertThat(content.header("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
	}

	@Test
	void issuesAShortLivedPresignedUrlThatNeedsNoToken() throws Exception {
		byte[] photo = Samples.jpeg(16, 16);
		String id = uploaded(inspection(), "GATE_PHOTO", photo, "gate.jpg").path("id").asString();

		Reply url = inspector().get("/api/evidence/" + id + "/download-url");

		assertThat(url.status()).isEqualTo(200);
		assertThat(url.json("url")).contains("X-Amz-Expires=300").contains("X-Amz-Signature");
		HttpResponse<byte[]> direct = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url.json("url"))).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(direct.statusCode()).isEqualTo(200);
		assertThat(direct.body()).isEqualTo(photo);
	}

	@Test
	void rendersAThumbnailOfAPhotoOnceAndKeepsItAsItsOwnObject() throws Exception {
		String inspection = inspection();
		String id = uploaded(inspection, "PROCESS_PHOTO", Samples.jpeg(1600, 1200), "big.jpg").path("id").asString();

		Reply first = inspector().get("/api/evidence/" + id + "/thumbnail");
		Reply second = inspector().get("/api/evidence/" + id + "/thumbnail");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(ImageIO.read(new ByteArrayInputStream(first.bytes())).getWidth()).isEqualTo(320);
		assertThat(second.bytes()).isEqualTo(first.bytes());
		assertThat(S3Direct.exists("thumbnails/" + YUANYANG + "/" + inspection + "/" + id + ".jpg")).isTrue();

		String pdf = uploaded(inspection, "DOSSIER_SCAN", Samples.pdf(), "scan.pdf").path("id").asString();
		Reply none = inspector().get("/api/evidence/" + pdf + "/thumbnail");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.problemType()).isEqualTo("thumbnail-unavailable");
	}

	@Test
	void refusesTheThumbnailOfAPhotoDeclaringMorePixelsThanTheLimitWith422() {
		String inspection = inspection();
		String id = uploaded(inspection, "PROCESS_PHOTO", Samples.pngDeclaring(100_000, 100_000), "bomb.png").path("id")
			.asString();

		Reply refused = inspector().get("/api/evidence/" + id + "/thumbnail");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("thumbnail-too-large");
		assertThat(refused.json("detail")).contains("100000 × 100000", "50 megapixels");
	}

	@Test
	void answers404ForUnknownEvidenceAndTasksAndAnEmptyChainForATaskWithoutEvidence() {
		assertThat(inspector().get("/api/evidence/" + UUID.randomUUID()).problemType()).isEqualTo("evidence-not-found");
		Reply unknown = inspector().get("/api/evidence/inspections/unknown-plan:unknown-1");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("task-not-found");

		Reply empty = inspector().get("/api/evidence/inspections/" + inspection());
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().path("records").size()).isZero();
		assertThat(empty.json("headHash")).isEqualTo(Sha256.ZERO);
		assertThat(empty.json().path("closed").asBoolean()).isFalse();
	}

	@Test
	void publishesItsOpenApiToSignedInCallersOnly() {
		assertThat(TestHttp.on(this.port).get("/v3/api-docs").status()).isEqualTo(401);
		Reply docs = inspector().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/evidence/inspections/{inspectionId}/files/{fileName}")
			.contains("/api/evidence/inspections/{inspectionId}/verification");
	}

}
