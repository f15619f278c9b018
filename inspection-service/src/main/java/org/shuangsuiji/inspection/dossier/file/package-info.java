/**
 * Reads register files: the first sheet of an .xlsx workbook or a UTF-8 CSV file, through
 * platform-tables.
 */
package org.shuangsuiji.inspection.dossier.file;
