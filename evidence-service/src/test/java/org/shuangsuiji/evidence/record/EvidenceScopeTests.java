package org.shuangsuiji.evidence.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.EvidenceTokens.agencyToken;
import static org.shuangsuiji.evidence.testing.EvidenceTokens.token;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * Every endpoint for every caller, as inspection-service answers for them (ADR 0404),
 * against a real HTTP stub of its access endpoint: the task {@code plan-…:agency-1} of
 * agency-1 in 原阳县 (410725), its team, the organising 新乡市 bureau, the county bureau, the
 * agency, and those inspection-service does not let in (an inspector of another team,
 * another agency) or lets see the task without a relation.
 */
@EvidenceServiceTest
class EvidenceScopeTests {

	private static final String YUANYANG = "410725";

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	private final String teamInspector = token(Role.INSPECTOR, "410700");

	private final String teamExpert = token(Role.EXPERT, "410700");

	private final String organiser = token(Role.CITY, "410700");

	private final String county = token(Role.COUNTY, YUANYANG);

	private final String agency = agencyToken("agency-1", YUANYANG);

	private final String otherTeamInspector = token(Role.INSPECTOR, "410700");

	private final String otherAgency = agencyToken("agency-2", YUANYANG);

	private final String relationless = token(Role.EXPERT, "410700");

	private InspectionStub.Task task;

	private String inspection;

	private String evidenceId;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@BeforeEach
	void aTaskWithOnePhotoOfItsTeam() {
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.inspection = "plan-" + UUID.randomUUID().toString().substring(0, 8) + ":agency-1";
		this.task = InspectionStub.task(this.inspection, "agency-1", YUANYANG, LocalDate.of(2024, 6, 5))
			.teamMember(this.teamInspector)
			.teamMember(this.teamExpert)
			.organiser(this.organiser)
			.countyBureau(this.county)
			.agency(this.agency)
			.grant(this.relationless, "NONE", false, false, false);
		Reply reply = upload(this.inspection, "GATE_PHOTO").put(api(this.teamInspector), "gate.jpg",
				Samples.jpeg(16, 16));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		this.evidenceId = reply.json("id");
	}

	@AfterEach
	void closeTheBreakerAgain() {
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	private List<String> readPaths() {
		String evidence = "/api/evidence/" + this.evidenceId;
		String inspection = "/api/evidence/inspections/" + this.inspection;
		return List.of(evidence, evidence + "/content", evidence + "/download-url", evidence + "/thumbnail", inspection,
				inspection + "/events", inspection + "/verification", inspection + "/export");
	}

	@Test
	void theTeamTheBureausCoveringTheTaskAndTheAgencyReadEveryView() {
		for (String bearer : List.of(this.teamInspector, this.teamExpert, this.organiser, this.county, this.agency)) {
			for (String path : readPaths()) {
				assertThat(api(bearer).get(path).status()).as(path).isEqualTo(200);
			}
		}
	}

	@Test
	void anInspectorOfAnotherTeamAnotherAgencyAndACallerWithoutRelationAreRefusedEveryView() {
		for (String bearer : List.of(this.otherTeamInspector, this.otherAgency, this.relationless)) {
			for (String path : readPaths()) {
				Reply reply = api(bearer).get(path);
				assertThat(reply.status()).as(path).isEqualTo(403);
				assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			}
		}
	}

	@Test
	void asksInspectionServiceWithTheCallersOwnToken() {
		int before = this.task.calls().size();

		api(this.county).get("/api/evidence/" + this.evidenceId);

		assertThat(this.task.calls()).hasSize(before + 1).last().isEqualTo(this.county);
	}

	@Test
	void uploadingEitherWayAndWithdrawingEachAskInspectionServiceOnce() {
		int before = this.task.calls().size();
		Reply raw = upload(this.inspection, "PROCESS_PHOTO").put(api(this.teamInspector), "p.jpg", Samples.jpeg(8, 8));
		assertThat(raw.status()).as(raw.toString()).isEqualTo(201);
		assertThat(this.task.calls().size() - before).as("raw upload").isEqualTo(1);

		before = this.task.calls().size();
		Reply multipart = upload(this.inspection, "MEETING_PHOTO").post(api(this.teamInspector), "m.jpg", "image/jpeg",
				Samples.jpeg(8, 8));
		assertThat(multipart.status()).as(multipart.toString()).isEqualTo(201);
		assertThat(this.task.calls().size() - before).as("multipart upload").isEqualTo(1);

		before = this.task.calls().size();
		Reply withdrawn = api(this.teamInspector).post("/api/evidence/" + raw.json("id") + "/withdrawal",
				"{\"reason\":\"blurred\"}");
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(this.task.calls().size() - before).as("withdrawal").isEqualTo(1);
	}

	@Test
	void nothingIsPublic() {
		for (String path : readPaths()) {
			assertThat(TestHttp.on(this.port).get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(
				upload(this.inspection, "GATE_PHOTO").put(TestHttp.on(this.port), "x.jpg", Samples.jpeg(8, 8)).status())
			.isEqualTo(401);
	}

	@Test
	void theTeamUploadsEveryTeamKindButNotTheAgencysForms() {
		for (String kind : List.of("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO", "SIGNED_FACT_SHEET", "DOSSIER_SCAN",
				"OTHER")) {
			Reply reply = upload(this.inspection, kind).put(api(this.teamExpert), "f.jpg", Samples.jpeg(8, 8));
			assertThat(reply.status()).as(kind + " " + reply).isEqualTo(201);
		}
		for (String kind : List.of("FEEDBACK_FORM", "RECTIFICATION_PROOF")) {
			Reply reply = upload(this.inspection, kind).put(api(this.teamInspector), "f.pdf", Samples.pdf());
			assertThat(reply.status()).as(kind).isEqualTo(403);
			assertThat(reply.problemType()).isEqualTo("kind-not-allowed");
		}
	}

	@Test
	void theAgencyUploadsFeedbackItsSignedFactSheetAndRectificationButNoTeamKind() {
		TestHttp own = api(this.agency);
		assertThat(upload(this.inspection, "FEEDBACK_FORM").post(own, "意见反馈表.pdf", "application/pdf", Samples.pdf())
			.status()).isEqualTo(201);
		assertThat(upload(this.inspection, "SIGNED_FACT_SHEET").put(own, "事实确认单.pdf", Samples.pdf()).status())
			.isEqualTo(201);
		assertThat(upload(this.inspection, "RECTIFICATION_PROOF").put(own, "proof.pdf", Samples.pdf()).status())
			.isEqualTo(201);

		Reply photo = upload(this.inspection, "GATE_PHOTO").put(own, "gate.jpg", Samples.jpeg(8, 8));
		assertThat(photo.status()).isEqualTo(403);
		assertThat(photo.problemType()).isEqualTo("kind-not-allowed");
	}

	@Test
	void nobodyWithoutAnUploadRightUploadsAndNothingIsStoredForThem() throws Exception {
		for (String bearer : List.of(this.organiser, this.county, this.otherTeamInspector, this.otherAgency,
				this.relationless)) {
			Reply reply = upload(this.inspection, "FEEDBACK_FORM").put(api(bearer), "f.pdf", Samples.pdf());
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
		assertThat(S3Direct.keysUnder("evidence/" + YUANYANG + "/" + this.inspection + "/"))
			.containsExactly(S3Direct.evidenceKey(YUANYANG, this.inspection, this.evidenceId));
	}

	@Test
	void nobodyWithoutAnUploadRightUploadsEvenWithInvalidFields() {
		for (String bearer : List.of(this.organiser, this.county, this.otherTeamInspector, this.otherAgency)) {
			Reply raw = upload(this.inspection, "NO_SUCH_KIND").put(api(bearer), "f.jpg", Samples.jpeg(8, 8));
			Reply multipart = upload(this.inspection, "NO_SUCH_KIND").post(api(bearer), "f.jpg", "image/jpeg",
					Samples.jpeg(8, 8));
			assertThat(raw.status()).as(raw.toString()).isEqualTo(403);
			assertThat(multipart.status()).as(multipart.toString()).isEqualTo(403);
		}
		for (String bearer : List.of(this.teamInspector, this.agency)) {
			Reply raw = upload(this.inspection, "NO_SUCH_KIND").put(api(bearer), "f.jpg", Samples.jpeg(8, 8));
			assertThat(raw.status()).as(raw.toString()).isEqualTo(400);
			assertThat(raw.errorFields()).containsExactly("kind");
		}
	}

	@Test
	void nobodyButTheUploaderAndTheBureausWithdrawsEvenWithoutAReason() {
		for (String bearer : List.of(this.agency, this.otherTeamInspector, this.relationless)) {
			Reply reply = api(bearer).post("/api/evidence/" + this.evidenceId + "/withdrawal", "{}");
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
		Reply byCounty = api(this.county).post("/api/evidence/" + this.evidenceId + "/withdrawal", "{}");
		assertThat(byCounty.status()).as(byCounty.toString()).isEqualTo(400);
		assertThat(byCounty.problemType()).isEqualTo("validation");
		assertThat(byCounty.errorFields()).containsExactly("reason");
	}

	@Test
	void theUploaderAndTheBureausCoveringTheTaskWithdrawNobodyElse() {
		for (String bearer : List.of(this.teamExpert, this.agency, this.otherTeamInspector, this.relationless)) {
			Reply reply = api(bearer).post("/api/evidence/" + this.evidenceId + "/withdrawal", "{\"reason\":\"x\"}");
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
		Reply byCounty = api(this.county).post("/api/evidence/" + this.evidenceId + "/withdrawal",
				"{\"reason\":\"duplicate photo\"}");
		assertThat(byCounty.status()).isEqualTo(200);

		String own = upload(this.inspection, "PROCESS_PHOTO").put(api(this.teamInspector), "p.jpg", Samples.jpeg(8, 8))
			.json("id");
		assertThat(
				api(this.teamInspector).post("/api/evidence/" + own + "/withdrawal", "{\"reason\":\"mine\"}").status())
			.isEqualTo(200);
	}

	@Test
	void anUploaderReplacedFromTheTeamNoLongerWithdraws() {
		this.task.grant(this.teamInspector, "TEAM", false, false, false);

		Reply reply = api(this.teamInspector).post("/api/evidence/" + this.evidenceId + "/withdrawal",
				"{\"reason\":\"x\"}");

		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void onlyCallersInspectionServiceLetsCloseDoAndTheyGetTheHeadHash() {
		String path = "/api/evidence/inspections/" + this.inspection + "/close";
		for (String bearer : List.of(this.county, this.teamInspector, this.agency, this.otherTeamInspector,
				this.otherAgency, this.relationless)) {
			assertThat(api(bearer).post(path, "{}").status()).isEqualTo(403);
		}
		String head = api(this.organiser).get("/api/evidence/inspections/" + this.inspection).json("headHash");

		Reply closed = api(this.organiser).post(path, "{}");

		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json("headHash")).isEqualTo(head);
		this.task.grant(this.teamExpert, "TEAM", false, false, true);
		assertThat(api(this.teamExpert).post(path, "{}").json("headHash")).isEqualTo(head);
	}

	@Test
	void onlyCityAndProvinceStaffReconcile() {
		for (String bearer : List.of(token(Role.COUNTY, YUANYANG), token(Role.INSPECTOR, "410700"),
				token(Role.EXPERT, "410700"), agencyToken("agency-1", YUANYANG))) {
			assertThat(api(bearer).post("/api/evidence/reconciliation").status()).isEqualTo(403);
			assertThat(api(bearer).get("/api/evidence/reconciliation/latest").status()).isEqualTo(403);
		}
		assertThat(api(token(Role.CITY, "410700")).post("/api/evidence/reconciliation").status()).isEqualTo(200);
		assertThat(api(token(Role.PROVINCE, "410000")).post("/api/evidence/reconciliation").status()).isEqualTo(200);
		assertThat(api(token(Role.PROVINCE, "410000")).get("/api/evidence/reconciliation/latest").status())
			.isEqualTo(200);
	}

	@Test
	void anUnknownTaskIs404ForUploadReadAndClose() {
		String unknown = "plan-none:agency-1";

		Reply uploaded = upload(unknown, "GATE_PHOTO").put(api(this.teamInspector), "g.jpg", Samples.jpeg(8, 8));
		Reply read = api(this.organiser).get("/api/evidence/inspections/" + unknown);
		Reply closed = api(this.organiser).post("/api/evidence/inspections/" + unknown + "/close", "{}");

		for (Reply reply : List.of(uploaded, read, closed)) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
			assertThat(reply.problemType()).isEqualTo("task-not-found");
		}
	}

	@Test
	void inspectionServiceFailingOrUnreachableIs503AndNothingIsStored() throws Exception {
		for (Runnable outage : List.<Runnable>of(this.task::failing, this.task::unreachable)) {
			outage.run();
			Reply raw = upload(this.inspection, "PROCESS_PHOTO").put(api(this.teamInspector), "p.jpg",
					Samples.jpeg(8, 8));
			Reply multipart = upload(this.inspection, "PROCESS_PHOTO").post(api(this.teamInspector), "p.jpg",
					"image/jpeg", Samples.jpeg(8, 8));
			Reply read = api(this.organiser).get("/api/evidence/" + this.evidenceId);
			Reply withdrawal = api(this.county).post("/api/evidence/" + this.evidenceId + "/withdrawal",
					"{\"reason\":\"x\"}");
			Reply closing = api(this.organiser).post("/api/evidence/inspections/" + this.inspection + "/close", "{}");
			for (Reply reply : List.of(raw, multipart, read, withdrawal, closing)) {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
				assertThat(reply.problemType()).isEqualTo("inspection-unavailable");
			}
			this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		}

		this.task.answering();
		assertThat(S3Direct.keysUnder("evidence/" + YUANYANG + "/" + this.inspection + "/"))
			.containsExactly(S3Direct.evidenceKey(YUANYANG, this.inspection, this.evidenceId));
		Reply chain = api(this.organiser).get("/api/evidence/inspections/" + this.inspection);
		assertThat(chain.json().path("records").size()).isOne();
		assertThat(chain.json().path("records").get(0).path("withdrawn").asBoolean()).isFalse();
		assertThat(chain.json().path("closed").asBoolean()).isFalse();
	}

}
