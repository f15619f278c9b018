/**
 * The {@code TableFiles} port on platform-tables: .xlsx and CSV tables, headers in row 1,
 * every cell as text, row numbers as a spreadsheet shows them.
 */
package org.shuangsuiji.registry.importing.file;
