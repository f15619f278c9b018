package org.shuangsuiji.registry.importing.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp.Multipart;
import org.shuangsuiji.registry.importing.AgencySheet;
import org.shuangsuiji.registry.importing.AppraiserSheet;
import org.shuangsuiji.registry.importing.PoolSheet;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Sheets;
import org.shuangsuiji.registry.support.Tokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import and export: whole file or nothing, every bad row listed, re-import changes
 * nothing.
 */
@ServiceTest
class ImportApiTests extends RegistryTestBase {

	private static final String CITY = Tokens.xinxiangCity();

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** A full agency row in {@link AgencySheet#HEADERS} order. */
	private static List<String> agencyRow(String name, String county, int seq, String categories) {
		List<String> row = new ArrayList<>();
		row.add(name);
		row.add(Bodies.creditCode(county, seq));
		row.add(county);
		row.add("测试路" + seq + "号");
		row.add("法人" + seq);
		row.add("联系人" + seq);
		row.add("0373-" + (2000000 + seq));
		row.add(categories);
		row.add("XK-" + seq);
		row.add("河南省司法厅");
		row.add("2021/1/1");
		row.add("2099-12-31");
		for (int i = 0; i < 8; i++) {
			row.add(null);
		}
		row.add("120");
		row.add("接待室、档案室");
		row.add("执业责任保险");
		row.add("测试保险");
		row.add("P-" + seq);
		row.add("2099-12-31");
		row.add("执业");
		return row;
	}

	private static List<List<String>> agencies(int count) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(agencyRow("导入鉴定所" + i, (i % 2 == 0) ? "410725" : "410702", 600 + i, "法医临床、文书"));
		}
		return rows;
	}

	private Reply importFile(String kind, String name, String type, byte[] content) {
		return this.api.as(CITY)
			.upload("/api/registry/imports/" + kind, new Multipart().file("file", name, type, content));
	}

	@Test
	void importsAnXlsxOfAgenciesAndAReimportChangesNothing() {
		byte[] file = Sheets.xlsx(AgencySheet.HEADERS, agencies(5));
		Reply first = importFile("agencies", "agencies.xlsx", XLSX, file);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(5);
		assertThat(count("agencies")).isEqualTo(5);
		long history = count("history");
		Reply again = importFile("agencies", "agencies.xlsx", XLSX, file);
		assertThat(again.json().get("unchanged").asInt()).isEqualTo(5);
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(count("agencies")).isEqualTo(5);
		assertThat(count("history")).isEqualTo(history);
		JsonNode agency = this.api.as(CITY)
			.get("/api/registry/agencies?name=" + enc("导入鉴定所1"))
			.json()
			.get("items")
			.get(0);
		assertThat(agency.get("categories").toString()).contains("FORENSIC_CLINICAL", "DOCUMENT");
	}

	@Test
	void oneBadRowRefusesTheWholeFileAndListsEveryFaultWithRowAndColumn() {
		List<List<String>> rows = agencies(4);
		rows.get(1).set(1, rows.get(1).get(1).substring(0, 17) + "I");
		rows.get(3).set(2, "410799");
		rows.get(3).set(11, "2020-01-01");
		Reply response = importFile("agencies", "bad.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, rows));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().get("type").asString()).endsWith("import-rejected");
		JsonNode errors = response.json().get("errors");
		List<String> where = new ArrayList<>();
		errors.forEach((e) -> where.add(e.get("row").asInt() + ":" + e.get("column").asString()));
		assertThat(where).containsExactly("3:统一社会信用代码", "5:地区代码", "5:许可证有效期至");
		assertThat(errors.get(0).get("reason").asString()).contains("position 18");
		assertThat(count("agencies")).isZero();
		assertThat(count("history")).isZero();
	}

	@Test
	void readsTheSameColumnsFromCsvAndReportsDuplicatesInsideTheFile() {
		List<List<String>> rows = agencies(3);
		rows.add(agencyRow("重复所", "410702", 601, "法医临床"));
		Reply response = importFile("agencies", "a.csv", "text/csv", Sheets.csv(AgencySheet.HEADERS, rows));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("row").asInt()).isEqualTo(5);
		assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("row 2");
		Reply ok = importFile("agencies", "a.csv", "text/csv", Sheets.csv(AgencySheet.HEADERS, agencies(3)));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(count("agencies")).isEqualTo(3);
	}

	@Test
	void aDryRunChecksButWritesNothing() {
		Reply response = this.api.as(CITY)
			.upload("/api/registry/imports/agencies?dryRun=true",
					new Multipart().file("file", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, agencies(2))));
		assertThat(response.json().get("applied").asBoolean()).isFalse();
		assertThat(response.json().get("created").asInt()).isEqualTo(2);
		assertThat(count("agencies")).isZero();
	}

	@Test
	void anInterruptedImportIsCompletedByRunningItAgain() {
		List<List<String>> rows = agencies(6);
		importFile("agencies", "part.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, rows.subList(0, 3)));
		Reply rerun = importFile("agencies", "all.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, rows));
		assertThat(rerun.json().get("created").asInt()).isEqualTo(3);
		assertThat(rerun.json().get("unchanged").asInt()).isEqualTo(3);
		assertThat(count("agencies")).isEqualTo(6);
	}

	@Test
	void refusesRowsOutsideTheCallersRegionAndFilesItCannotRead() {
		List<List<String>> rows = agencies(1);
		rows.add(agencyRow("鄂州所", "420704", 699, "法医临床"));
		Reply outside = importFile("agencies", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, rows));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("errors").get(0).get("column").asString()).isEqualTo("地区代码");
		assertThat(importFile("agencies", "a.xlsx", XLSX, "not a workbook".getBytes()).status()).isEqualTo(400);
		assertThat(importFile("agencies", "a.txt", "text/plain", "x".getBytes()).status()).isEqualTo(415);
		assertThat(importFile("agencies", "a.csv", "text/csv", new byte[] { (byte) 0xC4, (byte) 0xFA, ',' }).status())
			.isEqualTo(400);
		Reply missing = importFile("agencies", "a.csv", "text/csv", "名称\n某所\n".getBytes());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);
		assertThat(this.api.as(Tokens.inspectorIn("410700"))
			.upload("/api/registry/imports/agencies",
					new Multipart().file("file", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, agencies(1))))
			.status()).isEqualTo(403);
		assertThat(importFile("widgets", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, agencies(1))).status())
			.isEqualTo(404);
	}

	@Test
	void anInspectorCannotImportEvenWithoutAFile() {
		Multipart noFile = new Multipart().field("note", "no file");
		assertThat(this.api.as(Tokens.inspectorIn("410700")).upload("/api/registry/imports/agencies", noFile).status())
			.isEqualTo(403);
		assertThat(
				this.api.as(Tokens.agency("ag-x", "410725")).upload("/api/registry/imports/agencies", noFile).status())
			.isEqualTo(403);
		Reply bureau = this.api.as(CITY).upload("/api/registry/imports/agencies", noFile);
		assertThat(bureau.status()).as(bureau.body()).isEqualTo(400);
		assertThat(bureau.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void importsAppraisersKeyedByCertificateAndRefusesDoublePractice() {
		importFile("agencies", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, agencies(2)));
		String first = Bodies.creditCode("410702", 601);
		String second = Bodies.creditCode("410725", 602);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("甲", "C-001", "2015-01-01", first, "法医临床", "2024:40;2025:44", "执业"));
		rows.add(List.of("乙", "C-002", "2016-01-01", first, "文书", "2024:12", "执业"));
		Reply ok = importFile("appraisers", "p.xlsx", XLSX, Sheets.xlsx(AppraiserSheet.HEADERS, rows));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json().get("created").asInt()).isEqualTo(2);
		assertThat(importFile("appraisers", "p.xlsx", XLSX, Sheets.xlsx(AppraiserSheet.HEADERS, rows)).json()
			.get("unchanged")
			.asInt()).isEqualTo(2);
		List<List<String>> moving = List.of(List.of("甲", "C-001", "2015-01-01", second, "法医临床", "", "执业"),
				List.of("丙", "C-003", "", Bodies.creditCode("410702", 999), "法医临床", "", "执业"),
				List.of("丁", "C-004", "", first, "法医毒物", "", "执业"));
		Reply refused = importFile("appraisers", "m.xlsx", XLSX, Sheets.xlsx(AppraiserSheet.HEADERS, moving));
		assertThat(refused.status()).isEqualTo(422);
		List<String> where = new ArrayList<>();
		refused.json().get("errors").forEach((e) -> where.add(e.get("row").asInt() + ":" + e.get("column").asString()));
		assertThat(where).containsExactly("2:执业证号", "3:机构统一社会信用代码", "4:执业类别");
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("still active");
	}

	@Test
	void importsInspectorsAndExpertsAndExportsThemBack() {
		List<List<String>> inspectors = List.of(List.of("检查员一", "ZF-001", "新乡市司法局", "410700", "是"),
				java.util.Arrays.asList("工作人员二", null, "原阳县司法局", "410725", "是"));
		assertThat(importFile("inspectors", "i.csv", "text/csv", Sheets.csv(PoolSheet.INSPECTOR_HEADERS, inspectors))
			.json()
			.get("created")
			.asInt()).isEqualTo(2);
		List<List<String>> experts = List.of(List.of("专家一", "法医临床、法医病理", "某医学院", "410700", "是"));
		assertThat(importFile("experts", "e.xlsx", XLSX, Sheets.xlsx(PoolSheet.EXPERT_HEADERS, experts)).status())
			.isEqualTo(200);
		for (String kind : List.of("inspectors", "experts")) {
			byte[] exported = download("/api/registry/exports/" + kind + "?format=xlsx", CITY);
			Reply reimport = importFile(kind, kind + ".xlsx", XLSX, exported);
			assertThat(reimport.json().get("unchanged").asInt()).as(kind)
				.isEqualTo(reimport.json().get("rows").asInt());
		}
		assertThat(this.api.as(CITY).get("/api/registry/pools/inspectors?region=410700").json()).hasSize(2);
	}

	@Test
	void anExportOfAgenciesAndAppraisersImportsBackUnchangedInBothFormats() {
		importFile("agencies", "a.xlsx", XLSX, Sheets.xlsx(AgencySheet.HEADERS, agencies(4)));
		List<List<String>> rows = List
			.of(List.of("甲", "C-101", "2015-01-01", Bodies.creditCode("410702", 601), "法医临床", "2024:40", "执业"));
		importFile("appraisers", "p.xlsx", XLSX, Sheets.xlsx(AppraiserSheet.HEADERS, rows));
		long history = count("history");
		for (String format : List.of("xlsx", "csv")) {
			for (String kind : List.of("agencies", "appraisers")) {
				byte[] exported = download("/api/registry/exports/" + kind + "?format=" + format, CITY);
				Reply reimport = importFile(kind, kind + "." + format, format.equals("csv") ? "text/csv" : XLSX,
						exported);
				assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
				assertThat(reimport.json().get("unchanged").asInt()).isEqualTo(reimport.json().get("rows").asInt());
			}
		}
		assertThat(count("history")).isEqualTo(history);
		assertThat(this.api.as(CITY).get("/api/registry/exports/agencies?region=420700").status()).isEqualTo(403);
		assertThat(this.api.as(CITY).get("/api/registry/exports/agencies?format=pdf").status()).isEqualTo(400);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
