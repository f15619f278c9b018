package org.shuangsuiji.registry.importing;

import java.util.List;

import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.platform.tables.TableFormat;

/** Reads and writes the tables of import and export files (.xlsx, CSV). */
public interface TableFiles {

	/**
	 * The table in the file: headers from row 1, every cell as text; an unreadable file
	 * is a 400, one with too many rows a 413.
	 */
	Table read(TableFormat format, byte[] content);

	byte[] write(TableFormat format, List<String> headers, List<List<String>> rows);

}
