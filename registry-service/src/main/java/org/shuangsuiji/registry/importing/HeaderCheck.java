package org.shuangsuiji.registry.importing;

import java.util.List;

import org.shuangsuiji.platform.tables.Table;

/** Reports required columns a file lacks, on row 1. */
public final class HeaderCheck {

	private HeaderCheck() {
	}

	public static void requireColumns(Table table, List<String> required, List<ImportError> errors) {
		for (String column : required) {
			if (!table.headers().contains(column)) {
				errors.add(new ImportError(1, column, "the column is missing"));
			}
		}
	}

	/** Later rows repeating an earlier row's key are faults of the later row. */
	public static void requireUnique(java.util.Map<String, Integer> seen, String key, int row, String column,
			List<ImportError> errors) {
		if (key == null) {
			return;
		}
		Integer first = seen.putIfAbsent(key, row);
		if (first != null) {
			errors.add(new ImportError(row, column, "the same key as row " + first));
		}
	}

}
