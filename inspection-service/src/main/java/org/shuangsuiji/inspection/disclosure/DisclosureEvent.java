package org.shuangsuiji.inspection.disclosure;

import org.shuangsuiji.inspection.plan.Actor;

/** What happened to a result's publication; audit and metrics listen. */
public sealed interface DisclosureEvent {

	/** The organiser published an inspection's result. */
	record Published(Actor by, PublishedResult result) implements DisclosureEvent {
	}

}
