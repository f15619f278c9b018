package org.shuangsuiji.scoring.template;

import java.time.Instant;

/**
 * A template version as the catalogue keeps it.
 *
 * @param template the version itself
 * @param inUse whether a sheet has been created from it; from then on it never changes
 * @param origin whether it came from a file in the repository or through the API
 * @param createdAt when it was stored
 * @param createdBy who stored it ({@code system} for files)
 */
public record StoredTemplate(Template template, boolean inUse, Origin origin, Instant createdAt, String createdBy) {

	/** Where a template version came from. */
	public enum Origin {

		FILE, API

	}

}
