package org.shuangsuiji.registry.inspection;

/**
 * The outcome as stored, and whether this report created it (rather than repeating or
 * replacing it).
 *
 * @param entry the entry as stored
 * @param created {@code true} when there was none for its task and item before
 */
public record Recorded(InspectionRectification entry, boolean created) {

}
