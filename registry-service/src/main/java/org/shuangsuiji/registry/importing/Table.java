package org.shuangsuiji.registry.importing;

import java.util.List;

/**
 * A file read into rows: the header and the non-blank data rows.
 *
 * @param headers column headers in file order
 * @param rows data rows
 */
public record Table(List<String> headers, List<Row> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

}
