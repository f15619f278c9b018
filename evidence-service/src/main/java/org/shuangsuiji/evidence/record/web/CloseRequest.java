package org.shuangsuiji.evidence.record.web;

import jakarta.validation.constraints.Size;

/**
 * The closing of an inspection. Region and agency come from the task; if sent, they must
 * be the task's (422 {@code task-mismatch}).
 */
public record CloseRequest(@Size(max = 6) String region, @Size(max = 64) String agencyId,
		@Size(max = 500) String note) {
}
