package org.shuangsuiji.evidence.record;

/**
 * The closing of an inspection. Region and agency are optional: the task's are used, and
 * ones sent must agree with them.
 */
public record CloseCommand(String region, String agencyId, String note) {
}
