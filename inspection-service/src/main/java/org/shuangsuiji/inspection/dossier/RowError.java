package org.shuangsuiji.inspection.dossier;

/**
 * A fault in a register file, in the shape registry-service's imports answer (ADR 0201).
 *
 * @param row spreadsheet row number (the header is row 1)
 * @param column the column header
 * @param reason what is wrong
 */
public record RowError(int row, String column, String reason) {

}
