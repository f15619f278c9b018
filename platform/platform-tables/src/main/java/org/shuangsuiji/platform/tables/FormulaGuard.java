package org.shuangsuiji.platform.tables;

/**
 * Keeps exported text from being run as a spreadsheet formula (CSV injection): a cell
 * that starts with {@code = + - @}, a tab or a carriage return is written with a leading
 * apostrophe, which Excel and LibreOffice read as "text follows" (OWASP's advice), and
 * the apostrophe is taken off again when such a file is imported.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static boolean triggers(String cell) {
		if (cell == null || cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The cell as written to CSV. */
	static String neutralise(String cell) {
		return triggers(cell) ? "'" + cell : cell;
	}

	/** The cell as read from CSV: only an apostrophe this class would have added goes. */
	static String restore(String cell) {
		return (cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.substring(1))) ? cell.substring(1) : cell;
	}

}
