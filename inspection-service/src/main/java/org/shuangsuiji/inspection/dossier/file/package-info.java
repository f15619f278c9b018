/**
 * Reads register files: the first sheet of an .xlsx workbook (Apache POI) or a UTF-8 CSV
 * file (Commons CSV).
 */
package org.shuangsuiji.inspection.dossier.file;
