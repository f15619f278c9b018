package org.shuangsuiji.evidence.record.web;

import jakarta.validation.constraints.Size;

/**
 * The closing of an inspection; region and agency are needed only when no evidence was
 * recorded for it yet.
 */
public record CloseRequest(@Size(max = 6) String region, @Size(max = 64) String agencyId,
		@Size(max = 500) String note) {
}
