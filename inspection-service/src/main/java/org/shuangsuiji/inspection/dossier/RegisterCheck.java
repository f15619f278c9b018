package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.platform.tables.Table;

/**
 * Checks a whole register file before anything is stored. Columns (Chinese headers):
 * 案件编号, the register's date column ({@link RegisterKind#dateColumn()}, or 日期), 业务类别,
 * 鉴定类型, 疑难 and 非常规 (是/否, Y/N, true/false, 1/0; blank is 否). Every fault of every row is
 * collected; any fault rejects the file ({@link RegisterRejectedException}).
 */
public final class RegisterCheck {

	public static final String CASE_NUMBER = "案件编号";

	public static final String DATE = "日期";

	public static final String CATEGORY = "业务类别";

	public static final String TYPE = "鉴定类型";

	public static final String DIFFICULT = "疑难";

	public static final String UNUSUAL = "非常规";

	public static final int MAX_TEXT = 200;

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1");

	private static final Set<String> NO = Set.of("否", "n", "no", "false", "0");

	private RegisterCheck() {
	}

	public static List<RegisterRow> check(RegisterKind kind, Table table) {
		String dateColumn = table.headers().contains(kind.dateColumn()) ? kind.dateColumn() : DATE;
		List<RowError> errors = new ArrayList<>();
		for (String required : List.of(CASE_NUMBER, CATEGORY, TYPE)) {
			if (!table.headers().contains(required)) {
				errors.add(new RowError(1, required, "the column is missing"));
			}
		}
		if (!table.headers().contains(dateColumn)) {
			errors.add(new RowError(1, kind.dateColumn(), "the column is missing (or 日期)"));
		}
		if (!errors.isEmpty()) {
			throw new RegisterRejectedException(kind, errors);
		}
		if (table.rows().isEmpty()) {
			throw new RegisterRejectedException(kind, List.of(new RowError(2, CASE_NUMBER, "the file has no rows")));
		}
		List<RegisterRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Table.Row line : table.rows()) {
			int before = errors.size();
			String caseNumber = text(line, CASE_NUMBER, errors);
			LocalDate date = date(line, dateColumn, errors);
			String category = text(line, CATEGORY, errors);
			String type = text(line, TYPE, errors);
			boolean difficult = flag(line, DIFFICULT, errors);
			boolean unusual = flag(line, UNUSUAL, errors);
			if (caseNumber != null) {
				Integer first = seen.putIfAbsent(caseNumber, line.number());
				if (first != null) {
					errors.add(new RowError(line.number(), CASE_NUMBER,
							"case " + caseNumber + " is already on row " + first));
				}
			}
			if (errors.size() == before) {
				rows.add(new RegisterRow(caseNumber, date, category, type, difficult, unusual));
			}
		}
		if (!errors.isEmpty()) {
			throw new RegisterRejectedException(kind, errors);
		}
		return rows;
	}

	private static String text(Table.Row line, String column, List<RowError> errors) {
		String value = line.get(column);
		if (value == null) {
			errors.add(new RowError(line.number(), column, "is required"));
			return null;
		}
		if (value.length() > MAX_TEXT) {
			errors.add(new RowError(line.number(), column, "is longer than " + MAX_TEXT + " characters"));
			return null;
		}
		return value;
	}

	private static LocalDate date(Table.Row line, String column, List<RowError> errors) {
		String value = line.get(column);
		if (value == null) {
			errors.add(new RowError(line.number(), column, "is required"));
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new RowError(line.number(), column, "'" + value + "' is not a date (2023-05-08 or 2023/5/8)"));
			return null;
		}
	}

	private static boolean flag(Table.Row line, String column, List<RowError> errors) {
		String value = line.get(column);
		if (value == null) {
			return false;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (YES.contains(lower)) {
			return true;
		}
		if (!NO.contains(lower)) {
			errors.add(new RowError(line.number(), column, "'" + value + "' is not 是 or 否"));
		}
		return false;
	}

}
