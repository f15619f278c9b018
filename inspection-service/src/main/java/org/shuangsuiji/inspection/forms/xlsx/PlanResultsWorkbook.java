package org.shuangsuiji.inspection.forms.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangsuiji.inspection.forms.AgencyResult;
import org.shuangsuiji.inspection.forms.ItemFindings;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;

/**
 * The results of a plan as a workbook. Sheet {@value #RESULTS}: 机构名称, 统一社会信用代码, 检查实施机关,
 * 抽查类型, 抽查日期 (an Excel date), 抽查结果, 等级, 检查结论, 整改情况. Sheet {@value #FINDINGS}: 序号, 检查项目,
 * 发现问题的机构数 (a number) for every checklist item.
 */
public final class PlanResultsWorkbook {

	public static final String RESULTS = "检查结果";

	public static final String FINDINGS = "问题汇总";

	static final List<String> RESULT_COLUMNS = List.of("机构名称", "统一社会信用代码", "检查实施机关", "抽查类型", "抽查日期", "抽查结果", "等级",
			"检查结论", "整改情况");

	static final List<String> FINDING_COLUMNS = List.of("序号", "检查项目", "发现问题的机构数");

	private PlanResultsWorkbook() {
	}

	public static byte[] write(PlanSummaryReport report) {
		try (Workbook workbook = new XSSFWorkbook()) {
			CellStyle header = headerStyle(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			results(workbook.createSheet(RESULTS), report, header, date);
			findings(workbook.createSheet(FINDINGS), report, header);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the results workbook of plan " + report.planId(), ex);
		}
	}

	private static void results(Sheet sheet, PlanSummaryReport report, CellStyle header, CellStyle date) {
		headerRow(sheet, RESULT_COLUMNS, header);
		int index = 1;
		for (AgencyResult agency : report.agencies()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(agency.agencyName());
			row.createCell(1).setCellValue(agency.creditCode());
			row.createCell(2).setCellValue(report.organiser());
			row.createCell(3).setCellValue(report.inspectionType());
			org.apache.poi.ss.usermodel.Cell day = row.createCell(4);
			day.setCellValue(agency.inspectionDate());
			day.setCellStyle(date);
			row.createCell(5).setCellValue(agency.result());
			row.createCell(6).setCellValue(agency.grade().orElse(PlanSummaryReport.NO_GRADE));
			row.createCell(7).setCellValue(agency.conclusion());
			row.createCell(8).setCellValue(agency.rectification().chineseName());
		}
		widths(sheet, 36, 22, 18, 12, 12, 16, 10, 48, 12);
		sheet.createFreezePane(0, 1);
	}

	private static void findings(Sheet sheet, PlanSummaryReport report, CellStyle header) {
		headerRow(sheet, FINDING_COLUMNS, header);
		int index = 1;
		for (ItemFindings findings : report.findingsPerItem()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(findings.item().id());
			row.createCell(1).setCellValue(findings.item().title());
			row.createCell(2).setCellValue(findings.agencies());
		}
		widths(sheet, 8, 60, 16);
		sheet.createFreezePane(0, 1);
	}

	private static void headerRow(Sheet sheet, List<String> names, CellStyle style) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.size(); i++) {
			org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
			cell.setCellValue(names.get(i));
			cell.setCellStyle(style);
		}
	}

	private static CellStyle headerStyle(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}

	/** Column widths in characters (POI counts 1/256 of a character). */
	private static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

}
