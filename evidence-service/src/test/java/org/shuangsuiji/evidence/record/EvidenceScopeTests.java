package org.shuangsuiji.evidence.record;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.EvidenceTokens.agencyToken;
import static org.shuangsuiji.evidence.testing.EvidenceTokens.token;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * Every endpoint for every role, in and out of scope. The evidence belongs to agency-1 in
 * 原阳县 (410725), 新乡市 (410700), 河南省 (410000).
 */
@ServiceTest
class EvidenceScopeTests {

	private static final String YUANYANG = "410725";

	@LocalServerPort
	int port;

	private String inspection;

	private String evidenceId;

	private TestHttp api(String bearer) {
		return TestHttp.on(this.port).as(bearer);
	}

	@BeforeEach
	void recordOnePhoto() {
		this.inspection = "insp-" + UUID.randomUUID().toString().substring(0, 8);
		Reply reply = upload(this.inspection, "GATE_PHOTO", YUANYANG, "agency-1")
			.put(api(token(Role.INSPECTOR, "410700")), "gate.jpg", Samples.jpeg(16, 16));
		assertThat(reply.status()).isEqualTo(201);
		this.evidenceId = reply.json("id");
	}

	private static List<String> inScopeReaders() {
		return List.of(token(Role.PROVINCE, "410000"), token(Role.CITY, "410700"), token(Role.COUNTY, YUANYANG),
				token(Role.INSPECTOR, "410700"), token(Role.EXPERT, "410000"), agencyToken("agency-1", YUANYANG));
	}

	private static List<String> outOfScopeReaders() {
		return List.of(token(Role.PROVINCE, "420000"), token(Role.CITY, "420700"), token(Role.COUNTY, "410726"),
				token(Role.INSPECTOR, "420700"), token(Role.EXPERT, "410726"), agencyToken("agency-2", YUANYANG));
	}

	private List<String> readPaths() {
		String evidence = "/api/evidence/" + this.evidenceId;
		String inspection = "/api/evidence/inspections/" + this.inspection;
		return List.of(evidence, evidence + "/content", evidence + "/download-url", evidence + "/thumbnail", inspection,
				inspection + "/events", inspection + "/verification", inspection + "/export");
	}

	@Test
	void everyRoleInScopeReadsEveryView() {
		for (String bearer : inScopeReaders()) {
			for (String path : readPaths()) {
				assertThat(api(bearer).get(path).status()).as(path).isEqualTo(200);
			}
		}
	}

	@Test
	void everyRoleOutOfScopeIsRefusedEveryViewWith403() {
		for (String bearer : outOfScopeReaders()) {
			for (String path : readPaths()) {
				Reply reply = api(bearer).get(path);
				assertThat(reply.status()).as(path).isEqualTo(403);
				assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			}
		}
	}

	@Test
	void nothingIsPublic() {
		for (String path : readPaths()) {
			assertThat(TestHttp.on(this.port).get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(upload(this.inspection, "GATE_PHOTO", YUANYANG, "agency-1")
			.put(TestHttp.on(this.port), "x.jpg", Samples.jpeg(8, 8))
			.status()).isEqualTo(401);
	}

	@Test
	void bureauInspectorsAndExpertsUploadWithinTheirRegionOnly() {
		for (String bearer : List.of(token(Role.PROVINCE, "410000"), token(Role.CITY, "410700"),
				token(Role.COUNTY, YUANYANG), token(Role.INSPECTOR, "410700"), token(Role.EXPERT, "410700"))) {
			Reply reply = upload(this.inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(bearer), "p.jpg",
					Samples.jpeg(8, 8));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		}
		for (String bearer : List.of(token(Role.PROVINCE, "420000"), token(Role.CITY, "420700"),
				token(Role.COUNTY, "410726"), token(Role.INSPECTOR, "420700"), token(Role.EXPERT, "410726"))) {
			Reply reply = upload(this.inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(bearer), "p.jpg",
					Samples.jpeg(8, 8));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
	}

	@Test
	void anAgencyUploadsOnlyFeedbackAndRectificationForItsOwnAgency() {
		TestHttp own = api(agencyToken("agency-1", YUANYANG));
		assertThat(upload(this.inspection, "FEEDBACK_FORM", YUANYANG, "agency-1")
			.post(own, "意见反馈表.pdf", "application/pdf", Samples.pdf())
			.status()).isEqualTo(201);
		assertThat(upload(this.inspection, "RECTIFICATION_PROOF", YUANYANG, "agency-1")
			.put(own, "proof.pdf", Samples.pdf())
			.status()).isEqualTo(201);

		Reply photo = upload(this.inspection, "GATE_PHOTO", YUANYANG, "agency-1").put(own, "gate.jpg",
				Samples.jpeg(8, 8));
		assertThat(photo.status()).isEqualTo(403);
		assertThat(photo.problemType()).isEqualTo("kind-not-allowed");

		Reply other = upload(this.inspection, "FEEDBACK_FORM", YUANYANG, "agency-1")
			.put(api(agencyToken("agency-2", YUANYANG)), "f.pdf", Samples.pdf());
		assertThat(other.status()).isEqualTo(403);
	}

	@Test
	void theUploaderAndBureauStaffOfTheRegionMayWithdrawNobodyElse() {
		for (String bearer : List.of(token(Role.INSPECTOR, "410700"), token(Role.EXPERT, "410700"),
				agencyToken("agency-1", YUANYANG), token(Role.CITY, "420700"))) {
			Reply reply = api(bearer).post("/api/evidence/" + this.evidenceId + "/withdrawal", "{\"reason\":\"x\"}");
			assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
		}
		Reply county = api(token(Role.COUNTY, YUANYANG)).post("/api/evidence/" + this.evidenceId + "/withdrawal",
				"{\"reason\":\"duplicate photo\"}");
		assertThat(county.status()).isEqualTo(200);

		String uploader = TestJwts.as(Role.INSPECTOR).region("410700").subject("inspector-own").bearer();
		Reply own = upload(this.inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(uploader), "p.jpg",
				Samples.jpeg(8, 8));
		assertThat(
				api(uploader).post("/api/evidence/" + own.json("id") + "/withdrawal", "{\"reason\":\"mine\"}").status())
			.isEqualTo(200);
	}

	@Test
	void onlyCityAndProvinceStaffOfTheRegionClose() {
		String path = "/api/evidence/inspections/" + this.inspection + "/close";
		for (String bearer : List.of(token(Role.COUNTY, YUANYANG), token(Role.INSPECTOR, "410700"),
				token(Role.EXPERT, "410700"), agencyToken("agency-1", YUANYANG), token(Role.CITY, "420700"),
				token(Role.PROVINCE, "420000"))) {
			assertThat(api(bearer).post(path, "{}").status()).isEqualTo(403);
		}
		assertThat(api(token(Role.CITY, "410700")).post(path, "{}").status()).isEqualTo(200);
		assertThat(api(token(Role.PROVINCE, "410000")).post(path, "{}").status()).isEqualTo(200);
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

}
