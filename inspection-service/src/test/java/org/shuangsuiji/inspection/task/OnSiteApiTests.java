package org.shuangsuiji.inspection.task;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-site steps over HTTP, as the team, the organiser, the county and the agency,
 * with registry-service, scoring-service and evidence-service standing in as WireMock
 * servers answering in their contracts' shapes.
 */
@SuppressWarnings("unchecked")
class OnSiteApiTests extends ApiTestSupport {

	private static final WireMockServer EVIDENCE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		EVIDENCE.start();
		Runtime.getRuntime().addShutdownHook(new Thread(EVIDENCE::stop, "stub-evidence-stop"));
	}

	private static final String HEAD = "e".repeat(64);

	private static final String RESULT_HASH = "r".repeat(64);

	@DynamicPropertySource
	static void evidenceService(DynamicPropertyRegistry registry) {
		registry.add("spring.http.serviceclient.evidence.base-url", EVIDENCE::baseUrl);
		registry.add("resilience4j.retry.instances.evidence.wait-duration", () -> "10ms");
	}

	/** A drawn, scheduled task whose notice time has passed, and its team. */
	private record Visit(String taskId, String agencyId, String agencyRegion, List<String> team, String stranger) {

		String uri(String step) {
			return "/api/inspections/tasks/" + this.taskId + step;
		}

	}

	@BeforeEach
	void otherServices() {
		EVIDENCE.resetAll();
		StubServices.registry()
			.stubFor(get(urlPathMatching("/api/registry/agencies/[^/]+"))
				.willReturn(okJson(StubServices.json(Map.of("id", "ag-x", "name", "新乡示例司法鉴定所（虚构）", "creditCode",
						"52410700MJ0000001X", "regionCode", "410703", "status", "ACTIVE", "certificates",
						List.of(Map.of("kind", "CMA", "number", "201600001", "issuer", "河南省市场监督管理局", "validUntil",
								"2026-05-31"),
								Map.of("kind", "CNAS", "number", "CNAS L1234", "issuer", "中国合格评定国家认可委员会", "validFrom",
										"2022-01-01", "validUntil", "2027-12-31")))))));
	}

	private Visit visit() {
		String planId = publishedPlan(Map.of("mode", "RATE", "value", 25), twoInspectors());
		body(http(city()).post("/api/inspections/plans/" + planId + "/draw"), 201);
		List<Map<String, Object>> tasks = read(body(http(city()).get("/api/inspections/tasks?planId=" + planId), 200),
				"$");
		Map<String, Object> task = tasks.get(0);
		String taskId = (String) task.get("id");
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/schedule",
				Map.of("day", "2024-06-11", "notifyAt", "2024-06-10T09:00")), 200);
		List<String> team = teamOf(task);
		String stranger = strangerTo(team, tasks);
		return new Visit(taskId, (String) task.get("agencyId"), (String) task.get("agencyRegion"), team, stranger);
	}

	private static String expert(String personId) {
		return TestJwts.as(Role.EXPERT).region("410700").person(personId).subject("exp-" + personId).bearer();
	}

	private String member(Visit visit) {
		return inspector(visit.team().get(0));
	}

	/**
	 * Takes the visit through check-in, checking and the discussion to the issued sheet.
	 */
	private void upToIssuedFactSheet(Visit visit) {
		String member = member(visit);
		body(http(member).post(visit.uri("/check-in"), Map.of("note", "全体检查人员到达")), 200);
		body(http(member).post(visit.uri("/start-checking")), 200);
		body(http(member).post(visit.uri("/findings-discussed"),
				Map.of("mainFindings", List.of("鉴定文书未按规定归档", "仪器设备未按期检定"))), 200);
		body(http(inspector(visit.team().get(1))).post(visit.uri("/fact-sheet"),
				Map.of("categoriesInspected", List.of("FORENSIC_CLINICAL"))), 200);
	}

	/** A scheduled visit taken up to the agency's signed fact sheet. */
	private Visit signedVisit() {
		Visit visit = visit();
		upToIssuedFactSheet(visit);
		body(http(agency(visit.agencyId(), visit.agencyRegion())).post(visit.uri("/fact-sheet/confirmation"),
				Map.of("signedScanEvidenceId", "ev-signed", "opinion", "无异议")), 200);
		return visit;
	}

	private static void evidenceWith(String... kinds) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (String kind : kinds) {
			records.add(Map.of("id", "ev-" + records.size(), "kind", kind, "withdrawn", false));
		}
		records.add(Map.of("id", "ev-gone", "kind", "MEETING_PHOTO", "withdrawn", true));
		EVIDENCE.stubFor(get(urlPathMatching("/api/evidence/inspections/[^/]+")).willReturn(okJson(StubServices
			.json(Map.of("inspectionId", "x", "closed", false, "headHash", HEAD, "records", records)))));
		EVIDENCE.stubFor(post(urlPathMatching("/api/evidence/inspections/[^/]+/close"))
			.willReturn(okJson(StubServices.json(Map.of("inspectionId", "x", "closed", true, "headHash", HEAD)))));
	}

	private static void officialSheet(String taskId, String status, String resultHash) {
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets")).withQueryParam("inspectionId", equalTo(taskId))
				.withQueryParam("mode", equalTo("OFFICIAL"))
				.willReturn(okJson(StubServices.json(List
					.of(Map.of("id", "sheet-1", "inspectionId", taskId, "mode", "OFFICIAL", "status", status))))));
		Map<String, Object> sheet = new java.util.LinkedHashMap<>(
				Map.of("id", "sheet-1", "inspectionId", taskId, "mode", "OFFICIAL", "status", status));
		if (resultHash != null) {
			sheet.put("resultHash", resultHash);
		}
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets/sheet-1")).willReturn(okJson(StubServices.json(sheet))));
	}

	@Test
	void theTeamTakesTheVisitFromCheckInToASealedClose() {
		Visit visit = signedVisit();
		evidenceWith("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO");
		officialSheet(visit.taskId(), "SUBMITTED", RESULT_HASH);
		String closed = body(http(member(visit)).post(visit.uri("/close"), Map.of("note", "现场检查结束")), 200);
		assertThat(read(closed, "$.status").toString()).isEqualTo("CLOSED");
		assertThat((List<String>) read(closed, "$.steps[*].status")).containsExactly("CHECKED_IN", "CHECKING",
				"FINDINGS_DISCUSSED", "FACT_SHEET_ISSUED", "FACT_SHEET_SIGNED", "CLOSED");
		assertThat((List<String>) read(closed, "$.steps[*].byUserId")).containsExactly("insp-" + visit.team().get(0),
				"insp-" + visit.team().get(0), "insp-" + visit.team().get(0), "insp-" + visit.team().get(1),
				"agency-" + visit.agencyId(), "insp-" + visit.team().get(0));
		assertThat(read(closed, "$.seal.evidenceHeadHash").toString()).isEqualTo(HEAD);
		assertThat(read(closed, "$.seal.sheetId").toString()).isEqualTo("sheet-1");
		assertThat(read(closed, "$.seal.sheetResultHash").toString()).isEqualTo(RESULT_HASH);
		assertThat((Object) read(closed, "$.checkedInAt")).isNotNull();
		assertThat(read(closed, "$.answer.kind").toString()).isEqualTo("SIGNED");
		assertThat((Boolean) read(closed, "$.may.closeEvidence")).isTrue();
		assertThat((Boolean) read(closed, "$.may.answer")).isFalse();
		// the client encodes the id's colon in the path
		EVIDENCE.verify(postRequestedFor(
				urlPathEqualTo("/api/evidence/inspections/" + visit.taskId().replace(":", "%3A") + "/close"))
			.withRequestBody(equalToJson("{\"note\":\"现场检查结束\"}"))
			.withHeader("Authorization", matching("Bearer .+")));
		List<Map<String, Object>> audit = read(
				body(http(city()).get("/api/inspections/audit?subjectId=" + visit.taskId()), 200), "$");
		assertThat(audit).extracting((e) -> e.get("action"))
			.contains("task.checked-in", "task.checking", "task.findings-discussed", "task.fact-sheet-issued",
					"task.fact-sheet-signed", "task.sealed");
		assertThat(audit).filteredOn((e) -> "task.sealed".equals(e.get("action")))
			.singleElement()
			.satisfies((e) -> assertThat((Map<String, Object>) e.get("details")).containsEntry("evidenceHeadHash", HEAD)
				.containsEntry("sheetResultHash", RESULT_HASH));
		body(http(member(visit)).post(visit.uri("/close")), 409);
	}

	@Test
	void theFactSheetTakesTheAgencyFromTheRegistryAndTheFactsFromTheFindings() {
		Visit visit = visit();
		upToIssuedFactSheet(visit);
		String sheet = body(http(member(visit)).get(visit.uri("/fact-sheet")), 200);
		assertThat(read(sheet, "$.agencyName").toString()).isEqualTo("新乡示例司法鉴定所（虚构）");
		assertThat(read(sheet, "$.creditCode").toString()).isEqualTo("52410700MJ0000001X");
		assertThat((List<String>) read(sheet, "$.certificates[*].kind")).containsExactly("CMA", "CNAS");
		assertThat(read(sheet, "$.certificates[1].number").toString()).isEqualTo("CNAS L1234");
		assertThat(read(sheet, "$.certificates[0].validUntil").toString()).isEqualTo("2026-05-31");
		assertThat((List<String>) read(sheet, "$.categoriesInspected")).containsExactly("FORENSIC_CLINICAL");
		assertThat((List<String>) read(sheet, "$.facts")).containsExactly("鉴定文书未按规定归档", "仪器设备未按期检定");
		assertThat((List<String>) read(sheet, "$.team")).hasSize(2);
		assertThat(read(sheet, "$.contentHash").toString()).hasSize(64);
		assertThat(body(http(city()).get(visit.uri("/fact-sheet")), 200)).isEqualTo(sheet);
		body(http(as(Role.COUNTY, visit.agencyRegion())).get(visit.uri("/fact-sheet")), 200);
		body(http(agency(visit.agencyId(), visit.agencyRegion())).get(visit.uri("/fact-sheet")), 200);
		body(http(agency("ag-other", visit.agencyRegion())).get(visit.uri("/fact-sheet")), 403);
		body(http(inspector(visit.stranger())).get(visit.uri("/fact-sheet")), 403);
		String task = body(http(member(visit)).get(visit.uri("")), 200);
		assertThat(read(task, "$.factSheet.contentHash").toString()).isEqualTo(read(sheet, "$.contentHash"));
	}

	@Test
	void aStepOutOfOrderIsRefusedNamingTheCurrentAndTheWantedState() {
		Visit visit = visit();
		String member = member(visit);
		String refused = body(http(member).post(visit.uri("/start-checking")), 409);
		assertThat(refused).contains("task-step-out-of-order");
		assertThat(read(refused, "$.current").toString()).isEqualTo("SCHEDULED");
		assertThat(read(refused, "$.wanted").toString()).isEqualTo("CHECKING");
		body(http(member).post(visit.uri("/check-in")), 200);
		body(http(member).post(visit.uri("/check-in")), 409);
		body(http(member).post(visit.uri("/fact-sheet"), Map.of("categoriesInspected", List.of("FORENSIC_CLINICAL"))),
				409);
		body(http(member).post(visit.uri("/close")), 409);
		body(http(city()).put(visit.uri("/schedule"), Map.of("day", "2024-06-12", "notifyAt", "2024-06-11T09:00")),
				409);
	}

	@Test
	void onlyTheCurrentTeamTakesTheTeamsSteps() {
		Visit visit = visit();
		body(http(inspector(visit.stranger())).post(visit.uri("/check-in")), 403);
		body(http(expert("ex-02")).post(visit.uri("/check-in")), 403);
		body(http(expert(visit.team().get(0))).post(visit.uri("/check-in")), 403);
		body(http(as(Role.COUNTY, visit.agencyRegion())).post(visit.uri("/check-in")), 403);
		body(http(city()).post(visit.uri("/check-in")), 403);
		body(http(agency(visit.agencyId(), visit.agencyRegion())).post(visit.uri("/check-in")), 403);
		body(http(inspector(visit.team().get(1))).post(visit.uri("/check-in")), 200);
		body(http(inspector(visit.stranger())).post(visit.uri("/start-checking")), 403);
		body(http(as(Role.COUNTY, visit.agencyRegion())).post(visit.uri("/start-checking")), 403);
		body(http(member(visit)).post(visit.uri("/start-checking")), 200);
		body(http(inspector(visit.stranger())).post(visit.uri("/findings-discussed"),
				Map.of("mainFindings", List.of("x"))), 403);
		body(http(null).post(visit.uri("/start-checking")), 401);
	}

	@Test
	void theTeamChecksInOnlyFromTheNoticeTimeAtATimeNotInTheFuture() {
		Map<String, Object> plan = xinxiangPlanIn2027();
		String planId = read(body(http(city()).post("/api/inspections/plans", plan), 201), "$.id");
		body(http(city()).post("/api/inspections/plans/" + planId + "/publish"), 200);
		body(http(city()).post("/api/inspections/plans/" + planId + "/draw"), 201);
		String taskId = planId + ":ag-01";
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/schedule",
				Map.of("day", "2027-06-08", "notifyAt", "2027-06-07T09:00")), 200);
		String person = read(body(http(city()).get("/api/inspections/tasks/" + taskId), 200), "$.team[0].personId");
		assertThat(body(http(inspector(person)).post("/api/inspections/tasks/" + taskId + "/check-in"), 422))
			.contains("check-in-before-notice");
		Visit visit = visit();
		assertThat(body(http(member(visit)).post(visit.uri("/check-in"), Map.of("at", "2099-01-01T00:00:00Z")), 422))
			.contains("check-in-in-future");
		String checkedIn = body(
				http(member(visit)).post(visit.uri("/check-in"), Map.of("at", "2024-06-11T01:05:00Z", "note", "到达")),
				200);
		assertThat(read(checkedIn, "$.checkedInAt").toString()).startsWith("2024-06-11T01:05");
		assertThat((Boolean) read(checkedIn, "$.may.answer")).isTrue();
	}

	@Test
	void theFindingsAreOneToFiftyShortTexts() {
		Visit visit = visit();
		String member = member(visit);
		body(http(member).post(visit.uri("/check-in")), 200);
		body(http(member).post(visit.uri("/start-checking")), 200);
		body(http(member).post(visit.uri("/findings-discussed"), Map.of("mainFindings", List.of())), 400);
		body(http(member).post(visit.uri("/findings-discussed"), Map.of("mainFindings", List.of("x".repeat(2001)))),
				400);
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			tooMany.add("问题" + i);
		}
		body(http(member).post(visit.uri("/findings-discussed"), Map.of("mainFindings", tooMany)), 400);
		body(http(member).post(visit.uri("/findings-discussed"), Map.of("mainFindings", List.of("问题一"))), 200);
		body(http(member).post(visit.uri("/fact-sheet"), Map.of("categoriesInspected", List.of("NO_SUCH_CATEGORY"))),
				400);
		body(http(member).post(visit.uri("/fact-sheet"), Map.of("categoriesInspected", List.of())), 400);
	}

	@Test
	void onlyTheInspectedAgencyConfirmsTheFactSheet() {
		Visit visit = visit();
		upToIssuedFactSheet(visit);
		Map<String, Object> confirmation = Map.of("signedScanEvidenceId", "ev-signed");
		body(http(agency("ag-other", visit.agencyRegion())).post(visit.uri("/fact-sheet/confirmation"), confirmation),
				403);
		body(http(member(visit)).post(visit.uri("/fact-sheet/confirmation"), confirmation), 403);
		body(http(city()).post(visit.uri("/fact-sheet/confirmation"), confirmation), 403);
		body(http(agency(visit.agencyId(), visit.agencyRegion())).post(visit.uri("/fact-sheet/confirmation"), Map.of()),
				400);
		String signed = body(http(agency(visit.agencyId(), visit.agencyRegion()))
			.post(visit.uri("/fact-sheet/confirmation"), confirmation), 200);
		assertThat(read(signed, "$.status").toString()).isEqualTo("FACT_SHEET_SIGNED");
		assertThat(read(signed, "$.answer.signedScanEvidenceId").toString()).isEqualTo("ev-signed");
		body(http(member(visit)).post(visit.uri("/fact-sheet/refusal"),
				Map.of("reason", "拒绝签字", "evidenceIds", List.of("ev-1"))), 409);
	}

	@Test
	void theFactSheetPdfCarriesTheAgencyTheFactsAndItsHashInChineseText() throws Exception {
		Visit visit = visit();
		upToIssuedFactSheet(visit);
		String hash = read(body(http(member(visit)).get(visit.uri("/fact-sheet")), 200), "$.contentHash");
		Reply pdf = http(member(visit)).get(visit.uri("/fact-sheet.pdf"));
		assertThat(pdf.status()).as(pdf::toString).isEqualTo(200);
		assertThat(pdf.headers().get("Content-Type").get(0)).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("2024年度新乡市司法鉴定行业", "事实确认单", "新乡示例司法鉴定所（虚构）", "52410700MJ0000001X", "鉴定文书未按规定归档",
					"仪器设备未按期检定", "201600001", hash);
		}
		body(http(agency("ag-other", visit.agencyRegion())).get(visit.uri("/fact-sheet.pdf")), 403);
		body(http(inspector(visit.stranger())).get(visit.uri("/fact-sheet.pdf")), 403);
	}

	@Test
	void theAgencyFilesItsFeedbackOnceDirectlyToTheCityAndTheTeamCannotReadIt() throws Exception {
		Visit visit = visit();
		String own = agency(visit.agencyId(), visit.agencyRegion());
		Map<String, Object> form = Map.of("hasOpinion", true, "text", "建议提前告知需准备的档案清单", "signer", "王某某");
		body(http(own).post(visit.uri("/feedback"), form), 409);
		upToIssuedFactSheet(visit);
		body(http(agency("ag-other", visit.agencyRegion())).post(visit.uri("/feedback"), form), 403);
		body(http(member(visit)).post(visit.uri("/feedback"), form), 403);
		body(http(city()).post(visit.uri("/feedback"), form), 403);
		String invalid = body(http(own).post(visit.uri("/feedback"), Map.of("hasOpinion", true, "signer", "")), 400);
		assertThat(invalid).contains("\"text\"", "\"signer\"");
		body(http(own).post(visit.uri("/feedback"), form), 201);
		body(http(own).post(visit.uri("/feedback"), Map.of("hasOpinion", false, "signer", "王某某")), 409);

		assertThat(read(body(http(city()).get(visit.uri("/feedback")), 200), "$.text").toString())
			.isEqualTo("建议提前告知需准备的档案清单");
		body(http(own).get(visit.uri("/feedback")), 200);
		body(http(member(visit)).get(visit.uri("/feedback")), 403);
		body(http(as(Role.COUNTY, visit.agencyRegion())).get(visit.uri("/feedback")), 403);
		String planId = visit.taskId().substring(0, visit.taskId().lastIndexOf(':'));
		assertThat(
				(List<Object>) read(body(http(city()).get("/api/inspections/plans/" + planId + "/feedback"), 200), "$"))
			.hasSize(1);
		body(http(as(Role.CITY, "420700")).get("/api/inspections/plans/" + planId + "/feedback"), 403);

		Reply pdf = http(city()).get(visit.uri("/feedback.pdf"));
		assertThat(pdf.status()).as(pdf::toString).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("意见反馈表", "52410700MJ0000001X", "建议提前告知需准备的档案清单", "王某某");
		}
		body(http(member(visit)).get(visit.uri("/feedback.pdf")), 403);
	}

	@Test
	void aRefusalToSignIsRecordedByTheTeamWithTheEvidenceItKept() {
		Visit visit = visit();
		upToIssuedFactSheet(visit);
		String uri = visit.uri("/fact-sheet/refusal");
		body(http(member(visit)).post(uri, Map.of("reason", "拒绝签字", "evidenceIds", List.of())), 400);
		body(http(agency(visit.agencyId(), visit.agencyRegion())).post(uri,
				Map.of("reason", "拒绝签字", "evidenceIds", List.of("ev-1"))), 403);
		body(http(as(Role.COUNTY, visit.agencyRegion())).post(uri,
				Map.of("reason", "拒绝签字", "evidenceIds", List.of("ev-1"))), 403);
		String refused = body(
				http(member(visit)).post(uri, Map.of("reason", "机构负责人拒绝签字", "evidenceIds", List.of("ev-1", "ev-2"))),
				200);
		assertThat(read(refused, "$.status").toString()).isEqualTo("FACT_SHEET_REFUSED");
		assertThat((List<String>) read(refused, "$.answer.evidenceIds")).containsExactly("ev-1", "ev-2");
		assertThat((Boolean) read(refused, "$.may.closeEvidence")).isTrue();
	}

	@Test
	void closingNeedsTheGateMeetingAndProcessPhotosAndWritesNothingWithout() {
		Visit visit = signedVisit();
		evidenceWith("GATE_PHOTO", "OTHER");
		officialSheet(visit.taskId(), "SUBMITTED", RESULT_HASH);
		String refused = body(http(member(visit)).post(visit.uri("/close")), 422);
		assertThat(refused).contains("photos-missing");
		assertThat((List<String>) read(refused, "$.missing")).containsExactly("MEETING_PHOTO", "PROCESS_PHOTO");
		assertThat(read(body(http(member(visit)).get(visit.uri("")), 200), "$.status").toString())
			.isEqualTo("FACT_SHEET_SIGNED");
		EVIDENCE.verify(0, postRequestedFor(urlPathMatching("/api/evidence/inspections/.*/close")));
	}

	@Test
	void closingNeedsTheOfficialSheetSubmitted() {
		Visit visit = signedVisit();
		evidenceWith("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO");
		officialSheet(visit.taskId(), "DRAFT", null);
		assertThat(body(http(member(visit)).post(visit.uri("/close")), 422)).contains("sheet-not-submitted");
		StubServices.scoring().resetAll();
		StubServices.scoring().stubFor(get(urlPathEqualTo("/api/scoring/sheets")).willReturn(okJson("[]")));
		assertThat(body(http(member(visit)).post(visit.uri("/close")), 422)).contains("sheet-not-submitted");
		EVIDENCE.verify(0, postRequestedFor(urlPathMatching("/api/evidence/inspections/.*/close")));
	}

	@Test
	void theOrganiserClosesAndTheSealFallsBackToHashesTheServicesDidNotSend() {
		Visit visit = signedVisit();
		evidenceWith("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO");
		EVIDENCE.stubFor(post(urlPathMatching("/api/evidence/inspections/[^/]+/close"))
			.willReturn(okJson(StubServices.json(Map.of("inspectionId", visit.taskId(), "closed", true)))));
		officialSheet(visit.taskId(), "SUBMITTED", null);
		StubServices.scoring()
			.stubFor(get(urlPathEqualTo("/api/scoring/sheets/sheet-1/result"))
				.willReturn(okJson("{\"total\":92.5,\"outcome\":\"GOOD\",\"parts\":[{\"id\":\"A\",\"points\":10}]}")));
		body(http(as(Role.COUNTY, visit.agencyRegion())).post(visit.uri("/close")), 403);
		body(http(inspector(visit.stranger())).post(visit.uri("/close")), 403);
		String closed = body(http(city()).post(visit.uri("/close")), 200);
		String expected = Hashes.sha256Hex(CanonicalJson
			.write(Map.of("total", "92.5", "outcome", "GOOD", "parts", List.of(Map.of("id", "A", "points", 10L)))));
		assertThat(read(closed, "$.seal.sheetResultHash").toString()).isEqualTo(expected);
		assertThat(read(closed, "$.seal.evidenceHeadHash").toString()).isEqualTo(HEAD);
		assertThat(read(closed, "$.relation").toString()).isEqualTo("ORGANISER");
	}

	@Test
	void aFailingEvidenceOrScoringServiceIsA503AndNothingIsClosed() {
		Visit visit = signedVisit();
		EVIDENCE.stubFor(get(urlPathMatching("/api/evidence/.*")).willReturn(aResponse().withStatus(500)));
		assertThat(body(http(member(visit)).post(visit.uri("/close")), 503)).contains("evidence-unavailable");
		evidenceWith("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO");
		StubServices.scoringDown();
		assertThat(body(http(member(visit)).post(visit.uri("/close")), 503)).contains("scoring-unavailable");
		assertThat(read(body(http(member(visit)).get(visit.uri("")), 200), "$.status").toString())
			.isEqualTo("FACT_SHEET_SIGNED");
	}

	@Test
	void twoMembersPressingTheSameStepCannotBothWin() throws Exception {
		Visit visit = visit();
		List<Callable<Reply>> presses = List.of(() -> http(inspector(visit.team().get(0))).post(visit.uri("/check-in")),
				() -> http(inspector(visit.team().get(1))).post(visit.uri("/check-in")));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Reply> reply : pool.invokeAll(presses)) {
				statuses.add(reply.get().status());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		String task = body(http(member(visit)).get(visit.uri("")), 200);
		assertThat((List<String>) read(task, "$.steps[*].status")).containsExactly("CHECKED_IN");
	}

}
