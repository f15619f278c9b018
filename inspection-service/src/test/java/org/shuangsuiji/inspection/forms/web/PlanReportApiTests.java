package org.shuangsuiji.inspection.forms.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's 总结报告 and results workbook over HTTP, from recorded conclusions. */
class PlanReportApiTests extends ApiTestSupport {

	@Autowired
	private TaskStore tasks;

	@Test
	void theOrganiserGetsTheSummaryPdfAndTheResultsWorkbookOfItsPlan() throws Exception {
		String planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		String taskId = OfficialSheets.closedTask(this.tasks, planId, "ag-01", "410703").id();
		OfficialSheets.rectify(taskId);
		body(http(city()).put("/api/inspections/tasks/" + taskId + "/conclusion", Map.of("outcome", "RECTIFY", "reason",
				"", "actions", List.of(Map.of("code", "RECTIFY")), "sendToProvince", false)), 200);

		Reply pdf = http(city()).get("/api/inspections/plans/" + planId + "/summary.pdf");
		assertThat(pdf.status()).as(pdf::toString).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("总结报告", "2024年度新乡市司法鉴定行业", "（未公开）", "无需整改", "第7项");
		}
		Reply xlsx = http(city()).get("/api/inspections/plans/" + planId + "/results.xlsx");
		assertThat(xlsx.status()).as(xlsx::toString).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			Sheet results = workbook.getSheet("检查结果");
			assertThat(results.getLastRowNum()).isEqualTo(1);
			assertThat(results.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
		}
		for (String outsider : new String[] { as(Role.COUNTY, "410703"), as(Role.CITY, "420700"),
				as(Role.INSPECTOR, "410700"), agency("ag-01", "410703") }) {
			body(http(outsider).get("/api/inspections/plans/" + planId + "/summary.pdf"), 403);
			body(http(outsider).get("/api/inspections/plans/" + planId + "/results.xlsx"), 403);
		}
		body(http(null).get("/api/inspections/plans/" + planId + "/summary.pdf"), 401);
	}

}
