package org.shuangsuiji.registry.importing;

/**
 * What an import did (or, on a dry run, would do).
 *
 * @param kind what the file held
 * @param rows data rows read
 * @param created records that were new
 * @param updated records that changed
 * @param unchanged records already as the file says
 * @param applied {@code false} for a dry run
 */
public record ImportReport(ImportKind kind, int rows, int created, int updated, int unchanged, boolean applied) {
}
