package org.shuangsuiji.registry.importing.file;

import java.util.List;

import org.shuangsuiji.registry.importing.Table;
import org.shuangsuiji.registry.importing.TableFiles;
import org.shuangsuiji.registry.importing.TableFormat;

import org.springframework.stereotype.Component;

/** Tables in .xlsx workbooks (Apache POI) and UTF-8 CSV files (Commons CSV). */
@Component
class SpreadsheetFiles implements TableFiles {

	@Override
	public Table read(TableFormat format, byte[] content) {
		return TableReader.read(format, content);
	}

	@Override
	public byte[] write(TableFormat format, List<String> headers, List<List<String>> rows) {
		return TableWriter.write(format, headers, rows);
	}

}
