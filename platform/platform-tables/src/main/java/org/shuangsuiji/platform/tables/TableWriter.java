package org.shuangsuiji.platform.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows under a header as .xlsx (every cell text, so codes keep their leading
 * digits) or as UTF-8 CSV with a byte-order mark (so Excel shows the Chinese right). A
 * cell that a spreadsheet would take for a formula stays text ({@link FormulaGuard}).
 */
public final class TableWriter {

	private TableWriter() {
	}

	/** {@code sheetName} names the workbook's one sheet; CSV has none. */
	public static byte[] write(TableFormat format, String sheetName, List<String> headers,
			Iterable<List<String>> rows) {
		return switch (format) {
			case XLSX -> xlsx(sheetName, headers, rows);
			case CSV -> csv(headers, rows);
		};
	}

	private static byte[] xlsx(String sheetName, List<String> headers, Iterable<List<String>> rows) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = workbook.createCellStyle();
			text.setQuotePrefixed(true);
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			int r = 1;
			for (List<String> row : rows) {
				org.apache.poi.ss.usermodel.Row sheetRow = sheet.createRow(r++);
				for (int c = 0; c < row.size(); c++) {
					String value = row.get(c);
					if (value != null) {
						// A string cell is never evaluated; the quote prefix keeps it
						// text
						// when someone edits it in Excel, too.
						org.apache.poi.ss.usermodel.Cell cell = sheetRow.createCell(c);
						cell.setCellValue(value);
						if (FormulaGuard.triggers(value)) {
							cell.setCellStyle(text);
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static byte[] csv(List<String> headers, Iterable<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			printer.printRecord(headers);
			for (List<String> row : rows) {
				printer.printRecord(
						row.stream().map((cell) -> (cell != null) ? FormulaGuard.neutralise(cell) : "").toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
