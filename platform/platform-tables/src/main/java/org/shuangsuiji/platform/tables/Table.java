package org.shuangsuiji.platform.tables;

import java.util.List;
import java.util.Map;

/**
 * A file read into rows: the header and the non-blank data rows, every cell as text.
 *
 * @param headers column headers in file order
 * @param rows data rows
 */
public record Table(List<String> headers, List<Row> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * One data row, with the row number a person sees in a spreadsheet (the header is row
	 * 1).
	 *
	 * @param number spreadsheet row number
	 * @param cells cell text by column header (columns with an empty header are left out)
	 */
	public record Row(int number, Map<String, String> cells) {

		public Row {
			cells = Map.copyOf(cells);
		}

		/** The cell's trimmed text, or {@code null} when blank or absent. */
		public String get(String column) {
			String value = this.cells.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		public boolean blank() {
			return this.cells.values().stream().allMatch(String::isBlank);
		}

	}

}
