package org.shuangsuiji.inspection.dossier;

import java.util.List;
import java.util.Map;

/**
 * A register file as read, before any check: its headers and its non-blank rows.
 *
 * @param headers column headers in file order
 * @param lines data rows
 */
public record RegisterTable(List<String> headers, List<Line> lines) {

	public RegisterTable {
		headers = List.copyOf(headers);
		lines = List.copyOf(lines);
	}

	/**
	 * One data row.
	 *
	 * @param number the row number a spreadsheet shows (the header is row 1)
	 * @param cells cell text by header
	 */
	public record Line(int number, Map<String, String> cells) {

		public Line {
			cells = Map.copyOf(cells);
		}

		/** The trimmed cell, or {@code null} when blank or absent. */
		public String get(String column) {
			String value = this.cells.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

}
