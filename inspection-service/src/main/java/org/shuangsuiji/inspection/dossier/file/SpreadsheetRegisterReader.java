package org.shuangsuiji.inspection.dossier.file;

import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.platform.problem.UnsupportedMediaException;
import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.platform.tables.TableFormat;
import org.shuangsuiji.platform.tables.TableReader;

/**
 * The first sheet of an .xlsx workbook or a UTF-8 CSV file (with or without BOM), read by
 * platform-tables as registry-service reads its imports (ADR 0201). Date cells become ISO
 * days.
 */
public class SpreadsheetRegisterReader implements RegisterReader {

	@Override
	public Table read(String fileName, String contentType, byte[] content) {
		TableFormat format = TableFormat.detect(fileName, contentType)
			.orElseThrow(() -> new UnsupportedMediaException("register-format-unsupported",
					"a register is an .xlsx workbook or a UTF-8 CSV file; got " + fileName + " (" + contentType + ")"));
		return TableReader.read(format, content);
	}

}
