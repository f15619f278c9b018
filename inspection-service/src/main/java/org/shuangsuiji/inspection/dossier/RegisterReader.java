package org.shuangsuiji.inspection.dossier;

import org.shuangsuiji.platform.tables.Table;

/**
 * Reads an uploaded register file (.xlsx or CSV, by name or media type) into its header
 * and non-blank rows. A file that cannot be read at all is a 400 naming the {@code file}
 * field; 415 for another format.
 */
public interface RegisterReader {

	Table read(String fileName, String contentType, byte[] content);

}
