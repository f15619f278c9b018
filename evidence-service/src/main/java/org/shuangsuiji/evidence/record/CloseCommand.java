package org.shuangsuiji.evidence.record;

/**
 * The closing of an inspection. Region and agency are needed only when no evidence was
 * uploaded for it yet, so evidence-service can scope it.
 */
public record CloseCommand(String region, String agencyId, String note) {
}
