package org.shuangsuiji.inspection.dossier.file;

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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.inspection.dossier.RegisterTable;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.PayloadTooLargeException;
import org.shuangsuiji.platform.problem.UnsupportedMediaException;

/**
 * The first sheet of an .xlsx workbook or a UTF-8 CSV file (with or without BOM), as
 * registry-service reads its imports (ADR 0201). Date cells become ISO days.
 */
public class SpreadsheetRegisterReader implements RegisterReader {

	/** More data rows than this are refused (413) before anything is checked. */
	public static final int MAX_ROWS = 50_000;

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Override
	public RegisterTable read(String fileName, String contentType, byte[] content) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xlsx") || (!name.endsWith(".csv") && type.startsWith(XLSX))) {
			return readXlsx(content);
		}
		if (name.endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("application/csv")) {
			return readCsv(content);
		}
		throw new UnsupportedMediaException("register-format-unsupported",
				"a register is an .xlsx workbook or a UTF-8 CSV file; got " + fileName + " (" + contentType + ")");
	}

	private static RegisterTable readXlsx(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				throw unreadable("the first sheet is empty");
			}
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < headerRow.getLastCellNum(); c++) {
				headers.add(text(headerRow.getCell(c), formatter));
			}
			List<RegisterTable.Line> lines = new ArrayList<>();
			for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null) {
					Map<String, String> cells = new LinkedHashMap<>();
					for (int c = 0; c < headers.size(); c++) {
						if (!headers.get(c).isEmpty()) {
							cells.put(headers.get(c), text(row.getCell(c), formatter));
						}
					}
					add(lines, new RegisterTable.Line(r + 1, cells));
				}
			}
			return new RegisterTable(headers, lines);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException || ex instanceof PayloadTooLargeException) {
				throw (RuntimeException) ex;
			}
			throw unreadable("not a readable .xlsx workbook (" + ex.getClass().getSimpleName() + ")");
		}
	}

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

	private static RegisterTable readCsv(byte[] content) {
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
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			List<String> headers = null;
			List<RegisterTable.Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (headers == null) {
					headers = record.stream().map(String::strip).toList();
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					if (!headers.get(c).isEmpty()) {
						cells.put(headers.get(c), (c < record.size()) ? record.get(c) : "");
					}
				}
				add(lines, new RegisterTable.Line((int) record.getRecordNumber(), cells));
			}
			if (headers == null) {
				throw unreadable("the CSV file is empty");
			}
			return new RegisterTable(headers, lines);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw unreadable("not a readable CSV file (" + ex.getMessage() + ")");
		}
	}

	private static void add(List<RegisterTable.Line> lines, RegisterTable.Line line) {
		if (line.cells().values().stream().allMatch(String::isBlank)) {
			return;
		}
		if (lines.size() >= MAX_ROWS) {
			throw new PayloadTooLargeException("payload-too-large",
					"a register may hold at most " + MAX_ROWS + " data rows");
		}
		lines.add(line);
	}

	private static InvalidInputException unreadable(String why) {
		return new InvalidInputException("file-unreadable", "file", why);
	}

}
