package org.shuangsuiji.inspection.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp.Multipart;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class DossierApiTests extends ApiTestSupport {

	private static final String CSV_TYPE = "text/csv";

	private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** A drawn 新乡 2024 plan with the task of ag-01 (county 410703) on 2024-06-11. */
	private String scheduledTask(String agencyId) {
		String id = drawnPlan(xinxiangPlan(Map.of("mode", "ALL"), twoInspectors()));
		String taskId = id + ":" + agencyId;
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/schedule",
				Map.of("day", "2024-06-11", "notifyAt", "2024-06-10T09:00")), 200);
		return taskId;
	}

	/**
	 * A checked-in task of a drawn 新乡 2024 plan: the team arrived at the agency visited
	 * on 2024-06-11.
	 *
	 * @param member an inspector on the task's current team
	 * @param otherTeam an inspector drawn into another task's team of the same plan
	 */
	private record OnSite(String taskId, String member, String otherTeam) {
	}

	private OnSite checkedIn(String agencyId) {
		String taskId = scheduledTask(agencyId);
		String planId = taskId.substring(0, taskId.indexOf(':'));
		List<Map<String, Object>> tasks = read(body(http(city()).get("/api/inspections/tasks?planId=" + planId), 200),
				"$");
		List<String> team = teamOf(tasks.stream().filter((t) -> taskId.equals(t.get("id"))).findFirst().orElseThrow());
		String stranger = strangerTo(team, tasks);
		String member = inspector(team.get(0));
		body(http(member).post("/api/inspections/tasks/" + taskId + "/check-in", Map.of("note", "检查组抵达")), 200);
		return new OnSite(taskId, member, inspector(stranger));
	}

	/**
	 * The team member imports {@link #commissionsCsv} of {@code n} commissions as the
	 * 委托登记表.
	 */
	private void importCommissions(OnSite site, int n) {
		body(upload(site.member(), site.taskId(), "commission", "c.csv", CSV_TYPE, commissionsCsv(n)), 200);
	}

	/**
	 * {@code n} commissions, one every 9 days from 2022-12-20: the first two lie before
	 * the window.
	 */
	private static byte[] commissionsCsv(int n) {
		StringBuilder csv = new StringBuilder("\uFEFF案件编号,委托日期,业务类别,鉴定类型,疑难,非常规\n");
		for (int i = 0; i < n; i++) {
			csv.append(String.format("XZ-%04d,%s,%s,%s,%s,%s%n", i,
					java.time.LocalDate.of(2022, 12, 20).plusDays(9L * i), (i % 3 == 0) ? "法医病理鉴定" : "法医临床鉴定", "伤残等级",
					(i % 5 == 0) ? "是" : "否", (i % 7 == 0) ? "是" : ""));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] materialsXlsx(int n) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("鉴定材料登记表");
			String[] headers = { "案件编号", "接收日期", "业务类别", "鉴定类型", "疑难", "非常规" };
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int i = 0; i < n; i++) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(String.format("XZ-%04d", i));
				row.createCell(1).setCellValue(java.time.LocalDate.of(2023, 2, 1).plusDays(i).toString());
				row.createCell(2).setCellValue("法医临床鉴定");
				row.createCell(3).setCellValue("损伤程度");
				row.createCell(4).setCellValue("否");
				row.createCell(5).setCellValue((i == 3) ? "是" : "否");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private Reply upload(String bearer, String taskId, String kind, String fileName, String type, byte[] content) {
		return http(bearer).upload("/api/inspections/tasks/" + taskId + "/dossier/registers/" + kind,
				new Multipart().file("file", fileName, type, content));
	}

	private static String dossier(String taskId) {
		return "/api/inspections/tasks/" + taskId + "/dossier";
	}

	private static List<Map<String, Object>> allChecks(String defectItem, String note) {
		List<Map<String, Object>> checks = new ArrayList<>();
		for (String item : List.of("OPINION_VS_RECORD", "SIGNATURES", "SEAL", "REVIEW_RECORD", "INTERVENTION_RECORD")) {
			checks.add(item.equals(defectItem) ? Map.of("item", item, "result", "DEFECT", "note", note)
					: Map.of("item", item, "result", "OK"));
		}
		return checks;
	}

	@Test
	void theTeamImportsRegistersCommitsDrawsTwentyFilesAndAnyReaderVerifiesTheDraw() throws IOException {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		String member = site.member();
		String imported = body(upload(member, taskId, "commission", "委托登记表.csv", CSV_TYPE, commissionsCsv(60)), 200);
		assertThat((Integer) read(imported, "$.registers[0].rows")).isEqualTo(60);
		body(upload(member, taskId, "material", "材料.xlsx", XLSX_TYPE, materialsXlsx(10)), 200);
		String committed = body(
				http(member).post(dossier(taskId) + "/commitment", Map.of("coreCategories", List.of("法医临床鉴定"))), 201);
		String commitment = read(committed, "$.commitment.commitment");
		assertThat(commitment).hasSize(64);
		assertThat((String) read(committed, "$.commitment.inputs.window.from")).isEqualTo("2023-01-01");
		assertThat((String) read(committed, "$.commitment.inputs.window.to")).isEqualTo("2024-06-11");
		List<Map<String, Object>> cases = read(committed, "$.commitment.inputs.cases");
		assertThat(cases).as("XZ-0000 and XZ-0001 are in the window through the material register only").hasSize(60);
		assertThat(cases.get(3)).containsEntry("caseNumber", "XZ-0003").containsEntry("unusual", true);
		assertThat(committed).doesNotContain("\"draw\":{");

		String drawn = body(http(member).post(dossier(taskId) + "/draw", Map.of("seed", "公证处-2024-0611")), 201);
		List<String> files = read(drawn, "$.draw.caseNumbers");
		assertThat(files).hasSize(20).doesNotHaveDuplicates();
		assertThat((Boolean) read(drawn, "$.draw.allTaken")).isFalse();
		String verification = body(http(as(Role.COUNTY, "410703")).get(dossier(taskId) + "/verification"), 200);
		assertThat((Boolean) read(verification, "$.verified")).isTrue();
		assertThat((String) read(verification, "$.recomputedCommitment")).isEqualTo(commitment);

		List<Map<String, Object>> trail = read(
				body(http(city()).get("/api/inspections/audit?subjectId=" + taskId), 200), "$");
		assertThat(trail).extracting((e) -> e.get("action"))
			.containsExactly("dossier.drawn", "dossier.committed", "dossier.register-imported",
					"dossier.register-imported", "task.checked-in", "task.scheduled");
		assertThat(trail.subList(0, 5)).extracting((e) -> e.get("actorId"))
			.as("the team member, not the bureau")
			.containsOnly(trail.get(4).get("actorId"))
			.doesNotContain(CITY);
		assertThat((Map<String, Object>) trail.get(1).get("details")).containsEntry("commitment", commitment);
		assertThat((Map<String, Object>) trail.get(0).get("details")).containsEntry("seed", "公证处-2024-0611")
			.containsEntry("caseNumbers", String.join(",", files));

		body(http(member).post(dossier(taskId) + "/draw", Map.of("seed", "again")), 409);
		body(http(member).post(dossier(taskId) + "/commitment"), 409);
		assertThat(body(upload(member, taskId, "commission", "c.csv", CSV_TYPE, commissionsCsv(5)), 409))
			.contains("dossier-committed");
	}

	@Test
	void eachDrawnFileIsReviewedAndItsDefectsBecomeFindings() {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		String member = site.member();
		importCommissions(site, 40);
		body(http(member).post(dossier(taskId) + "/commitment"), 201);
		List<String> files = read(body(http(member).post(dossier(taskId) + "/draw"), 201), "$.draw.caseNumbers");
		String uri = dossier(taskId) + "/files/" + files.get(0) + "/review";
		String reviewed = body(http(member).put(uri, Map.of("checks", allChecks("INTERVENTION_RECORD", "未填写干预记录表"))),
				200);
		List<Map<String, Object>> findings = read(reviewed, "$.findings");
		assertThat(findings).singleElement()
			.satisfies((f) -> assertThat(f).containsEntry("caseNumber", files.get(0))
				.containsEntry("item", "INTERVENTION_RECORD")
				.containsEntry("note", "未填写干预记录表"));
		body(http(member).put(dossier(taskId) + "/files/" + files.get(1) + "/review",
				Map.of("checks", allChecks("SEAL", "意见书未加盖司法鉴定专用章"))), 200);
		assertThat((List<?>) read(body(http(city()).get(dossier(taskId)), 200), "$.findings")).hasSize(2);
		body(http(member).put(uri, Map.of("checks", allChecks("NONE", ""))), 200);
		assertThat((List<?>) read(body(http(city()).get(dossier(taskId)), 200), "$.findings")).hasSize(1);

		assertThat(body(http(member).put(uri, Map.of("checks", allChecks("SEAL", " "))), 400))
			.contains("a defect needs a note");
		assertThat(body(http(member).put(uri, Map.of("checks", allChecks("SEAL", "x").subList(0, 4))), 400))
			.contains("INTERVENTION_RECORD");
		String notDrawn = files.contains("XZ-0002") ? "XZ-0999" : "XZ-0002";
		body(http(member).put(dossier(taskId) + "/files/" + notDrawn + "/review",
				Map.of("checks", allChecks("NONE", ""))), 404);
	}

	@Test
	void aRegisterWithBadRowsImportsNothingAndListsEveryBadRow() {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		String member = site.member();
		String bad = "案件编号,委托日期,业务类别,鉴定类型,疑难,非常规\n" + "XZ-1,2023-05-08,法医临床鉴定,伤残等级,是,\n"
				+ ",2023-05-09,法医临床鉴定,伤残等级,否,\n" + "XZ-3,2023-02-30,法医临床鉴定,伤残等级,否,\n" + "XZ-1,2023-05-10,,伤残等级,也许,\n";
		Reply reply = upload(member, taskId, "commission", "bad.csv", CSV_TYPE, bad.getBytes(StandardCharsets.UTF_8));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problemType()).endsWith("register-rejected");
		List<Map<String, Object>> errors = read(reply.body(), "$.errors");
		assertThat(errors).extracting((e) -> e.get("row") + " " + e.get("column"))
			.containsExactly("3 案件编号", "4 委托日期", "5 业务类别", "5 疑难", "5 案件编号");
		assertThat(errors).allSatisfy((e) -> assertThat((String) e.get("reason")).isNotBlank());
		assertThat((List<?>) read(body(http(city()).get(dossier(taskId)), 200), "$.registers")).isEmpty();
		assertThat(body(upload(member, taskId, "commission", "c.txt", "text/plain", new byte[] { 1 }), 415))
			.contains("register-format-unsupported");
		body(upload(member, taskId, "commission", "c.csv", CSV_TYPE, new byte[] { (byte) 0xC3, (byte) 0x28 }), 400);
		body(upload(member, taskId, "unknown", "c.csv", CSV_TYPE, commissionsCsv(3)), 404);
	}

	@Test
	void aWindowWithFewerThanTwentyFilesIsDrawnWholeAndSaysSo() {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		String member = site.member();
		importCommissions(site, 9);
		body(http(member).post(dossier(taskId) + "/commitment", Map.of("sampleSize", 19)), 400);
		body(http(member).post(dossier(taskId) + "/draw"), 422);
		body(http(member).post(dossier(taskId) + "/commitment"), 201);
		String drawn = body(http(member).post(dossier(taskId) + "/draw"), 201);
		assertThat((Boolean) read(drawn, "$.draw.allTaken")).isTrue();
		assertThat((Integer) read(drawn, "$.draw.windowSize")).isEqualTo(7);
		assertThat((List<?>) read(drawn, "$.draw.caseNumbers")).hasSize(7);
		assertThat((String) read(drawn, "$.draw.note")).contains("only 7 files", "all are taken");
	}

	@Test
	void nothingIsCommittedBeforeARegisterIsImported() {
		OnSite site = checkedIn("ag-01");
		assertThat(body(http(site.member()).post(dossier(site.taskId()) + "/commitment"), 422))
			.contains("dossier-registers-missing");
	}

	@Test
	void theTeamSamplesOnlyWhileOnSiteFromCheckInToTheFindingsDiscussion() {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		String member = site.member();
		String task = "/api/inspections/tasks/" + taskId;
		String planId = taskId.substring(0, taskId.indexOf(':'));
		String scheduledOnly = planId + ":ag-02";
		body(http(city()).put("/api/inspections/tasks/" + scheduledOnly + "/schedule",
				Map.of("day", "2024-06-12", "notifyAt", "2024-06-11T09:00")), 200);
		String scheduledMember = inspector(
				read(body(http(city()).get("/api/inspections/tasks/" + scheduledOnly), 200), "$.team[0].personId"));
		Reply beforeArrival = upload(scheduledMember, scheduledOnly, "commission", "c.csv", CSV_TYPE,
				commissionsCsv(30));
		assertThat(beforeArrival.status()).isEqualTo(409);
		assertThat(beforeArrival.problemType()).endsWith("task-not-on-site");
		assertThat(beforeArrival.body()).contains("\"current\":\"SCHEDULED\"")
			.contains("\"allowed\":[\"CHECKED_IN\",\"CHECKING\",\"FINDINGS_DISCUSSED\"]");

		importCommissions(site, 40);
		body(http(member).post(task + "/start-checking"), 200);
		body(http(member).post(dossier(taskId) + "/commitment"), 201);
		body(http(member).post(task + "/findings-discussed", Map.of("mainFindings", List.of("干预记录表未填写"))), 200);
		String caseNumber = read(body(http(member).post(dossier(taskId) + "/draw"), 201), "$.draw.caseNumbers[0]");
		String review = dossier(taskId) + "/files/" + caseNumber + "/review";
		body(http(member).put(review, Map.of("checks", allChecks("NONE", ""))), 200);

		StubServices.registry()
			.stubFor(get(urlPathMatching("/api/registry/agencies/[^/]+")).willReturn(okJson(
					StubServices.json(Map.of("id", "ag-01", "name", "新乡示例司法鉴定所（虚构）", "creditCode", "52410700MJ0000001X",
							"regionCode", "410703", "status", "ACTIVE", "certificates", List.of())))));
		body(http(member).post(task + "/fact-sheet", Map.of("categoriesInspected", List.of("FORENSIC_CLINICAL"))), 200);
		Reply afterIssue = http(member).put(review, Map.of("checks", allChecks("SEAL", "意见书未盖章")));
		assertThat(afterIssue.status()).isEqualTo(409);
		assertThat(afterIssue.problemType()).endsWith("task-not-on-site");
		assertThat(afterIssue.body()).contains("\"current\":\"FACT_SHEET_ISSUED\"");
		assertThat((List<?>) read(body(http(city()).get(dossier(taskId)), 200), "$.findings")).isEmpty();
	}

	@Test
	void onlyTheCurrentTeamChangesASampleAndTheOrganiserAndProvinceReadIt() {
		OnSite site = checkedIn("ag-01");
		String taskId = site.taskId();
		byte[] csv = commissionsCsv(30);
		String agency = agency("ag-01", "410703");
		String otherAgency = agency("ag-02", "410711");
		String otherRegionInspector = as(Role.INSPECTOR, "420700");
		String otherCounty = as(Role.COUNTY, "410711");
		String otherCity = as(Role.CITY, "410100");
		String province = as(Role.PROVINCE, "410000");
		String[] outsiders = { city(), province, agency, otherAgency, site.otherTeam(), otherRegionInspector,
				otherCounty, otherCity };
		for (String outsider : outsiders) {
			Reply refused = upload(outsider, taskId, "commission", "c.csv", CSV_TYPE, csv);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).contains("\"status\":403");
		}
		assertThat(upload(null, taskId, "commission", "c.csv", CSV_TYPE, csv).status()).isEqualTo(401);
		body(upload(site.member(), taskId, "commission", "c.csv", CSV_TYPE, csv), 200);

		for (String outsider : outsiders) {
			body(http(outsider).post(dossier(taskId) + "/commitment"), 403);
		}
		body(http(null).post(dossier(taskId) + "/commitment"), 401);
		body(http(site.member()).post(dossier(taskId) + "/commitment"), 201);
		for (String outsider : outsiders) {
			body(http(outsider).post(dossier(taskId) + "/draw"), 403);
		}
		body(http(null).post(dossier(taskId) + "/draw"), 401);
		String caseNumber = read(body(http(site.member()).post(dossier(taskId) + "/draw"), 201),
				"$.draw.caseNumbers[0]");
		String review = dossier(taskId) + "/files/" + caseNumber + "/review";
		for (String outsider : outsiders) {
			body(http(outsider).put(review, Map.of("checks", allChecks("NONE", ""))), 403);
		}
		body(http(null).put(review, Map.of("checks", allChecks("NONE", ""))), 401);
		body(http(site.member()).put(review, Map.of("checks", allChecks("NONE", ""))), 200);

		for (String reader : new String[] { city(), agency, province, as(Role.COUNTY, "410703"), site.member() }) {
			body(http(reader).get(dossier(taskId)), 200);
			body(http(reader).get(dossier(taskId) + "/verification"), 200);
		}
		for (String outsider : new String[] { otherAgency, site.otherTeam(), otherRegionInspector, otherCounty,
				otherCity, TestJwts.as(Role.INSPECTOR).region("410700").claim("person_id", "in-nobody").bearer() }) {
			body(http(outsider).get(dossier(taskId)), 404);
			body(http(outsider).get(dossier(taskId) + "/verification"), 404);
		}
		body(http(null).get(dossier(taskId)), 401);
		body(http(null).get(dossier(taskId) + "/verification"), 401);
	}

}
