package org.shuangsuiji.registry.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.tables.Table.Row;

/**
 * Reads typed values out of cell text, reporting unreadable cells with their row and
 * column.
 */
public final class Cells {

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；|]");

	private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");

	private final Row row;

	private final List<ImportError> errors;

	public Cells(Row row, List<ImportError> errors) {
		this.row = row;
		this.errors = errors;
	}

	public String text(String column) {
		return this.row.get(column);
	}

	public String required(String column) {
		String value = this.row.get(column);
		if (value == null) {
			error(column, "is required");
		}
		return value;
	}

	/**
	 * ISO dates ({@code 2025-06-30}) and the usual {@code 2025/6/30} or
	 * {@code 2025.6.30}.
	 */
	public LocalDate date(String column) {
		return parsed(column, "a date (use 2025-06-30)", (value) -> {
			var slash = SLASH_DATE.matcher(value);
			if (slash.matches()) {
				return LocalDate.of(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)),
						Integer.parseInt(slash.group(3)));
			}
			return LocalDate.parse(value);
		});
	}

	public BigDecimal decimal(String column) {
		return parsed(column, "a number", (value) -> new BigDecimal(value.replace("㎡", "").replace("m²", "").strip()));
	}

	/**
	 * The cell read by {@code parser}; {@code null} when blank, and when unreadable, with
	 * an error saying the text is not {@code expected}.
	 */
	private <T> T parsed(String column, String expected, Function<String, T> parser) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (DateTimeException | NumberFormatException ex) {
			error(column, "'" + value + "' is not " + expected);
			return null;
		}
	}

	/** Items separated by 、 , ， ; ； or |. */
	public List<String> list(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(LIST_SEPARATOR.split(value)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** 是/否, 在岗/停用, true/false, 1/0; blank is {@code null}. */
	public Boolean yesNo(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "是", "在岗", "true", "1", "yes", "y", "active" -> true;
			case "否", "停用", "false", "0", "no", "n", "inactive" -> false;
			default -> {
				error(column, "'" + value + "' is not 是 or 否");
				yield null;
			}
		};
	}

	public void error(String column, String reason) {
		this.errors.add(new ImportError(this.row.number(), column, reason));
	}

	public int rowNumber() {
		return this.row.number();
	}

}
