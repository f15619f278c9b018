package org.shuangsuiji.platform.tables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

	@Test
	void readsDateAndNumberCellsOfAWorkbookAsTextAPersonWouldType() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			XSSFRow header = sheet.createRow(0);
			header.createCell(0).setCellValue("地区代码");
			header.createCell(1).setCellValue("许可证有效期至");
			header.createCell(2).setCellValue("执业场所面积");
			XSSFRow row = sheet.createRow(2);
			row.createCell(0).setCellValue(410725);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			row.createCell(1).setCellValue(java.time.LocalDate.of(2026, 6, 30));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue(85.5);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			Table table = TableReader.read(TableFormat.XLSX, out.toByteArray());
			assertThat(table.rows()).singleElement().satisfies((r) -> {
				assertThat(r.number()).isEqualTo(3);
				assertThat(r.get("地区代码")).isEqualTo("410725");
				assertThat(r.get("许可证有效期至")).isEqualTo("2026-06-30");
				assertThat(r.get("执业场所面积")).isEqualTo("85.5");
			});
		}
	}

	@Test
	void readsUtf8CsvWithAByteOrderMarkAndSkipsBlankLinesButKeepsRowNumbers() {
		byte[] csv = "\uFEFF名称,地区代码\r\n甲所,410702\r\n,\r\n乙所,410725\r\n".getBytes(StandardCharsets.UTF_8);
		Table table = TableReader.read(TableFormat.CSV, csv);
		assertThat(table.headers()).containsExactly("名称", "地区代码");
		assertThat(table.rows()).extracting((r) -> r.number() + ":" + r.get("名称")).containsExactly("2:甲所", "4:乙所");
	}

	@Test
	void refusesCsvThatIsNotUtf8AndWorkbooksThatAreNotWorkbooks() {
		byte[] gbk = "名称\n甲所\n".getBytes(java.nio.charset.Charset.forName("GBK"));
		assertThatThrownBy(() -> TableReader.read(TableFormat.CSV, gbk)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.errors().get(0).message()).contains("UTF-8"));
		assertThatThrownBy(() -> TableReader.read(TableFormat.XLSX, "PK not really".getBytes()))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void writesWhatItReadsBack() {
		byte[] xlsx = TableWriter.write(TableFormat.XLSX, "registry", List.of("名称", "统一社会信用代码"),
				List.of(List.of("甲所", "91350100M000100Y43")));
		Table table = TableReader.read(TableFormat.XLSX, xlsx);
		assertThat(table.rows().get(0).get("统一社会信用代码")).isEqualTo("91350100M000100Y43");
		byte[] csv = TableWriter.write(TableFormat.CSV, "registry", List.of("名称"), List.of(List.of("含,逗号的\"所\"")));
		assertThat(TableReader.read(TableFormat.CSV, csv).rows().get(0).get("名称")).isEqualTo("含,逗号的\"所\"");
	}

	@Test
	void exportedCellsThatLookLikeFormulasStayTextAndReadBackUnchanged() throws Exception {
		List<String> risky = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1", "-2.5", "@SUM(A1)", "普通");
		String csv = new String(
				TableWriter.write(TableFormat.CSV, "t", List.of("a", "b", "c", "d", "e"), List.of(risky)),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(").contains(",'+1,'-2.5,'@SUM(A1),普通");
		Table fromCsv = TableReader.read(TableFormat.CSV, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(fromCsv.rows().get(0).get("a")).isEqualTo(risky.get(0));
		assertThat(fromCsv.rows().get(0).get("c")).isEqualTo("-2.5");
		byte[] xlsx = TableWriter.write(TableFormat.XLSX, "t", List.of("a", "e"), List.of(List.of(risky.get(0), "普通")));
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
			assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(cell.getStringCellValue()).isEqualTo(risky.get(0));
		}
		assertThat(TableReader.read(TableFormat.XLSX, xlsx).rows().get(0).get("a")).isEqualTo(risky.get(0));
	}

}
