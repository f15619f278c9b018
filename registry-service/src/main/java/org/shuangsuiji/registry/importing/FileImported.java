package org.shuangsuiji.registry.importing;

/**
 * A file was imported and its rows written (not published for a dry run or a refused
 * file).
 *
 * @param kind what the file held
 */
public record FileImported(ImportKind kind) {
}
