package org.shuangsuiji.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.PayloadTooLargeException;
import org.shuangsuiji.platform.tables.Table.Row;

/**
 * Reads the first sheet of an .xlsx file or a UTF-8 CSV file (with or without a
 * byte-order mark) into a {@link Table}; blank rows are skipped but keep their numbers. A
 * file that cannot be read at all is a 400 naming the {@code file} field, one with more
 * than {@value #MAX_ROWS} data rows a 413.
 */
public final class TableReader {

	/** More data rows than this are refused (413) before anything is checked. */
	public static final int MAX_ROWS = 50_000;

	private TableReader() {
	}

	public static Table read(TableFormat format, byte[] content) {
		return switch (format) {
			case XLSX -> readXlsx(content);
			case CSV -> readCsv(content);
		};
	}

	private static Table readXlsx(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw unreadable("the workbook has no sheet");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			org.apache.poi.ss.usermodel.Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				throw unreadable("the first sheet is empty");
			}
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < headerRow.getLastCellNum(); c++) {
				headers.add(text(headerRow.getCell(c), formatter));
			}
			List<Row> rows = new ArrayList<>();
			for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row sheetRow = sheet.getRow(r);
				if (sheetRow == null) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					if (!headers.get(c).isEmpty()) {
						cells.put(headers.get(c), text(sheetRow.getCell(c), formatter));
					}
				}
				add(rows, new Row(r + 1, cells));
			}
			return new Table(headers, rows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException || ex instanceof PayloadTooLargeException) {
				throw (RuntimeException) ex;
			}
			throw unreadable("not a readable .xlsx workbook (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * Dates as ISO days, numbers without a trailing {@code .0}, everything else as shown.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
		}
		if (type == CellType.NUMERIC) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static Table readCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw unreadable("the CSV file is not UTF-8 (save it as \"CSV UTF-8\")");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat csv = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
			List<String> headers = null;
			List<Row> rows = new ArrayList<>();
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				if (headers == null) {
					headers = record.stream().map(String::strip).toList();
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					if (!headers.get(c).isEmpty()) {
						cells.put(headers.get(c), (c < record.size()) ? FormulaGuard.restore(record.get(c)) : "");
					}
				}
				add(rows, new Row(number, cells));
			}
			if (headers == null) {
				throw unreadable("the CSV file is empty");
			}
			return new Table(headers, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw unreadable("not a readable CSV file (" + ex.getMessage() + ")");
		}
	}

	private static void add(List<Row> rows, Row row) {
		if (row.blank()) {
			return;
		}
		if (rows.size() >= MAX_ROWS) {
			throw new PayloadTooLargeException("payload-too-large",
					"a file may hold at most " + MAX_ROWS + " data rows");
		}
		rows.add(row);
	}

	private static InvalidInputException unreadable(String why) {
		return new InvalidInputException("file-unreadable", "file", why);
	}

}
