package org.shuangsuiji.inspection.conclusion;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * What happened to a conclusion, published once it is saved; audit and metrics listen.
 */
public sealed interface ConclusionEvent {

	Actor by();

	Conclusion conclusion();

	/** The organiser recorded (or changed) its conclusion. */
	record Recorded(Actor by, Conclusion conclusion) implements ConclusionEvent {
	}

	/** The province confirmed or amended a conclusion under review. */
	record Reviewed(Actor by, Conclusion conclusion) implements ConclusionEvent {
	}

}
