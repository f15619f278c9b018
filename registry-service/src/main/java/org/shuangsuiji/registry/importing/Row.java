package org.shuangsuiji.registry.importing;

import java.util.Map;

import org.shuangsuiji.registry.input.Text;

/**
 * One data row of a file, with the row number a person sees in a spreadsheet (the header
 * is row 1).
 *
 * @param number spreadsheet row number
 * @param cells cell text by column header
 */
public record Row(int number, Map<String, String> cells) {

	public Row {
		cells = Map.copyOf(cells);
	}

	/** The cell's trimmed text, or {@code null} when blank or absent. */
	public String get(String column) {
		return Text.clean(this.cells.get(column));
	}

	public boolean blank() {
		return this.cells.values().stream().allMatch(Text::isBlank);
	}

}
