/**
 * Tables in files, as registry imports and exports them and inspection reads its
 * registers: .xlsx (Apache POI) and UTF-8 CSV (Commons CSV), headers in row 1, every cell
 * as text, row numbers as a spreadsheet shows them. Plain Java, no Spring.
 */
package org.shuangsuiji.platform.tables;
