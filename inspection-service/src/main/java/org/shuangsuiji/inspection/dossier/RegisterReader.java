package org.shuangsuiji.inspection.dossier;

/**
 * Reads an uploaded register file (.xlsx or CSV, by name or media type). A file that
 * cannot be read at all is a 400 naming the {@code file} field; 415 for another format.
 */
public interface RegisterReader {

	RegisterTable read(String fileName, String contentType, byte[] content);

}
