package org.shuangsuiji.registry.importing.file;

import java.util.List;

import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.platform.tables.TableFormat;
import org.shuangsuiji.platform.tables.TableReader;
import org.shuangsuiji.platform.tables.TableWriter;
import org.shuangsuiji.registry.importing.TableFiles;

import org.springframework.stereotype.Component;

/** Tables in .xlsx workbooks and UTF-8 CSV files, read and written by platform-tables. */
@Component
class SpreadsheetFiles implements TableFiles {

	@Override
	public Table read(TableFormat format, byte[] content) {
		return TableReader.read(format, content);
	}

	@Override
	public byte[] write(TableFormat format, List<String> headers, List<List<String>> rows) {
		return TableWriter.write(format, "registry", headers, rows);
	}

}
