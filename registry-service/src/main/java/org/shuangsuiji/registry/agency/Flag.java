package org.shuangsuiji.registry.agency;

/**
 * One computed warning and what it is about.
 *
 * @param kind what is wrong
 * @param detail which certificate, category or figure, in words
 */
public record Flag(FlagKind kind, String detail) {
}
