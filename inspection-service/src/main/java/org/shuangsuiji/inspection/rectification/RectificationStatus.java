package org.shuangsuiji.inspection.rectification;

/** Where a rectification item (整改事项) is. */
public enum RectificationStatus {

	/** Set by the bureau; the agency has not answered. */
	OPEN,
	/** The agency answered with text and evidence; the bureau has not decided. */
	RESPONDED,
	/** The bureau returned the answer with a comment; the agency answers again. */
	RETURNED,
	/** The bureau accepted the rectification (整改到位). */
	ACCEPTED

}
