package org.shuangsuiji.inspection.rectification;

import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/** What happened to a rectification, for the audit trail and metrics. */
public sealed interface RectificationEvent {

	Actor by();

	Rectification rectification();

	/** The bureau set items. */
	record ItemsSet(Actor by, Rectification rectification, List<String> itemIds) implements RectificationEvent {
	}

	/** The agency answered an item. */
	record Answered(Actor by, Rectification rectification, String itemId) implements RectificationEvent {
	}

	/** The bureau accepted or returned an answer. */
	record Reviewed(Actor by, Rectification rectification, String itemId,
			boolean accepted) implements RectificationEvent {
	}

}
