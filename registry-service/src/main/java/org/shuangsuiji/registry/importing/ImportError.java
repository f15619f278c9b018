package org.shuangsuiji.registry.importing;

/**
 * A fault in a file: the row a person sees in a spreadsheet, the column header and why.
 *
 * @param row spreadsheet row number (the header is row 1)
 * @param column column header, or the field when no column matches
 * @param reason what is wrong
 */
public record ImportError(int row, String column, String reason) {
}
