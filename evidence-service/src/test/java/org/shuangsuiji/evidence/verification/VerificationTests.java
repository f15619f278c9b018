package org.shuangsuiji.evidence.verification;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.S3Direct;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@EvidenceServiceTest
class VerificationTests {

	private static final String YUANYANG = "410725";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final String token = EvidenceTokens.token(Role.CITY, "410700");

	private TestHttp api() {
		return TestHttp.on(this.port).as(this.token);
	}

	/** An inspection with three pieces of evidence; returns their records. */
	private List<JsonNode> inspectionWithThreeFiles(String inspection) {
		return List.of(
				upload(inspection, "GATE_PHOTO", YUANYANG, "agency-1").put(api(), "gate.jpg", Samples.jpeg(20, 20))
					.json(),
				upload(inspection, "SIGNED_FACT_SHEET", YUANYANG, "agency-1").put(api(), "事实确认单.pdf", Samples.pdf())
					.json(),
				upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1").put(api(), "process.png", Samples.png(9, 9))
					.json());
	}

	private JsonNode verify(String inspection) {
		Reply reply = api().get("/api/evidence/inspections/" + inspection + "/verification");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private static String inspection() {
		return InspectionStub.newOpenTask("agency-1", YUANYANG);
	}

	@Test
	void findsAnUntouchedInspectionIntact() {
		String inspection = inspection();
		List<JsonNode> records = inspectionWithThreeFiles(inspection);

		JsonNode report = verify(inspection);

		assertThat(report.path("intact").asBoolean()).isTrue();
		assertThat(report.path("records").asInt()).isEqualTo(3);
		assertThat(report.path("findings").size()).isZero();
		assertThat(report.path("headHash").asString()).isEqualTo(records.get(2).path("recordHash").asString());
		assertThat(report.path("bytesRead").asLong())
			.isEqualTo(records.stream().mapToLong((r) -> r.path("size").asLong()).sum());
	}

	@Test
	void namesTheFileWhoseBytesWereChangedBehindTheServicesBack() throws Exception {
		String inspection = inspection();
		JsonNode factSheet = inspectionWithThreeFiles(inspection).get(1);
		String key = S3Direct.evidenceKey(YUANYANG, inspection, factSheet.path("id").asString());
		byte[] forged = Samples.pdf();
		forged[forged.length - 3] = 'X';

		S3Direct.overwrite(key, forged);
		JsonNode report = verify(inspection);

		assertThat(report.path("intact").asBoolean()).isFalse();
		assertThat(report.path("findings").size()).isOne();
		JsonNode finding = report.path("findings").get(0);
		assertThat(finding.path("problem").asString()).isEqualTo("CONTENT_CHANGED");
		assertThat(finding.path("evidenceId").asString()).isEqualTo(factSheet.path("id").asString());
		assertThat(finding.path("fileName").asString()).isEqualTo("事实确认单.pdf");
		assertThat(finding.path("objectKey").asString()).isEqualTo(key);
		assertThat(finding.path("sequence").asLong()).isEqualTo(2);
		assertThat(finding.path("expected").asString()).startsWith(factSheet.path("sha256").asString());
	}

	@Test
	void namesAFileThatDisappearedFromTheStore() throws Exception {
		String inspection = inspection();
		JsonNode gate = inspectionWithThreeFiles(inspection).get(0);

		S3Direct.remove(S3Direct.evidenceKey(YUANYANG, inspection, gate.path("id").asString()));
		JsonNode report = verify(inspection);

		assertThat(report.path("findings").get(0).path("problem").asString()).isEqualTo("OBJECT_MISSING");
		assertThat(report.path("findings").get(0).path("evidenceId").asString()).isEqualTo(gate.path("id").asString());
		Reply export = api().get("/api/evidence/inspections/" + inspection + "/export");
		assertThat(export.status()).isEqualTo(422);
		assertThat(export.problemType()).isEqualTo("export-incomplete");
	}

	@Test
	void namesARecordWhoseMetadataWasEditedInTheDatabase() {
		String inspection = inspection();
		JsonNode process = inspectionWithThreeFiles(inspection).get(2);

		this.mongo.updateFirst(query(where("_id").is(process.path("id").asString())), new Update().set("kind", "OTHER"),
				"evidence_records");
		JsonNode report = verify(inspection);

		assertThat(report.path("findings").size()).isOne();
		assertThat(report.path("findings").get(0).path("problem").asString()).isEqualTo("RECORD_ALTERED");
		assertThat(report.path("findings").get(0).path("evidenceId").asString())
			.isEqualTo(process.path("id").asString());
	}

	@Test
	void seesABrokenLinkWhenARecordHashIsRewritten() {
		String inspection = inspection();
		List<JsonNode> records = inspectionWithThreeFiles(inspection);

		this.mongo.updateFirst(query(where("_id").is(records.get(0).path("id").asString())),
				new Update().set("recordHash", "f".repeat(64)), "evidence_records");
		JsonNode report = verify(inspection);

		assertThat(report.path("findings"))
			.extracting((f) -> f.path("problem").asString() + "@" + f.path("sequence").asLong())
			.containsExactly("RECORD_ALTERED@1", "CHAIN_BROKEN@2");
	}

}
