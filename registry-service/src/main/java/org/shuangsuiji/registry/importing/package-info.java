/**
 * Bulk import and export of agencies, appraisers, inspectors and experts: the columns of
 * each kind, reading rows into inputs and reporting every bad cell with its row and
 * column. The file formats (.xlsx, CSV) live in {@code importing.file}.
 */
package org.shuangsuiji.registry.importing;
