package org.shuangsuiji.registry.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx and CSV files the way a person would fill them in. */
public final class Sheets {

	private Sheets() {
	}

	public static byte[] xlsx(List<String> headers, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("导入");
			XSSFRow header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (value != null) {
						row.createCell(c).setCellValue(value);
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
	}

	public static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
		for (List<String> row : rows) {
			text.append(String.join(",", row.stream().map((cell) -> (cell != null) ? cell : "").toList()))
				.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
