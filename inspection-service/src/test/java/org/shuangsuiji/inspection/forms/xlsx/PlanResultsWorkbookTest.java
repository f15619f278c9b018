package org.shuangsuiji.inspection.forms.xlsx;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.inspection.forms.FormFixtures;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;
import org.shuangsuiji.inspection.forms.Rectification;

import static org.assertj.core.api.Assertions.assertThat;

class PlanResultsWorkbookTest {

	@Test
	void writesOneResultRowPerAgencyAndTheFindingsPerItem() throws Exception {
		PlanSummaryReport report = FormFixtures.summary();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(PlanResultsWorkbook.write(report)))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet results = workbook.getSheet("检查结果");
			assertThat(cells(results.getRow(0))).containsExactly("机构名称", "统一社会信用代码", "检查实施机关", "抽查类型", "抽查日期", "抽查结果",
					"等级", "检查结论", "整改情况");
			assertThat(results.getLastRowNum()).isEqualTo(3);
			Row first = results.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo(FormFixtures.AGENCY);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo(FormFixtures.CREDIT_CODE);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("新乡市司法局");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("定向抽查");
			assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
			assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 11));
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("发现问题");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("合格");
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("存在2项问题，责令限期整改。");
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("整改中");
			assertThat(results.getRow(3).getCell(8).getStringCellValue()).isEqualTo("已整改");

			Sheet findings = workbook.getSheet("问题汇总");
			assertThat(cells(findings.getRow(0))).containsExactly("序号", "检查项目", "发现问题的机构数");
			assertThat(findings.getLastRowNum()).isEqualTo(4);
			assertThat(cells(findings.getRow(2))).containsExactly("2", "鉴定人执业及培训情况", "2.0");
			assertThat(findings.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cells(findings.getRow(1))).containsExactly("1", "执业许可证书及资质认定证书情况", "0.0");
		}
	}

	@Test
	void anAgencyWithoutAGradeShowsADash() throws Exception {
		PlanSummaryReport report = FormFixtures.summary(List
			.of(FormFixtures.agency("甲鉴定所", LocalDate.of(2024, 6, 5), "未发现问题", null, Rectification.NOT_REQUIRED)));
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(PlanResultsWorkbook.write(report)))) {
			assertThat(workbook.getSheet("检查结果").getRow(1).getCell(6).getStringCellValue()).isEqualTo("—");
			assertThat(workbook.getSheet("检查结果").getRow(1).getCell(8).getStringCellValue()).isEqualTo("无需整改");
		}
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach((cell) -> values.add((cell.getCellType() == CellType.NUMERIC)
				? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
		return values;
	}

}
