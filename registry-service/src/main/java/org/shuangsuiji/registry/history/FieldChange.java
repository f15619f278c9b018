package org.shuangsuiji.registry.history;

/**
 * One field that changed; {@code null} stands for "not set".
 *
 * @param field the field path ({@code profile.licence.validUntil})
 * @param before the value before
 * @param after the value after
 */
public record FieldChange(String field, String before, String after) {
}
