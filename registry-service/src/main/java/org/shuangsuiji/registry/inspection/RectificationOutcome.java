package org.shuangsuiji.registry.inspection;

/**
 * The settled outcome of a rectification item. Only acceptance (整改到位) settles an item: a
 * return sends it back to the agency and overdue is a flag that changes with the date, so
 * neither is a fact for the agency's record; both stay inside inspection-service.
 */
public enum RectificationOutcome {

	/** The bureau accepted the agency's rectification (整改到位). */
	ACCEPTED

}
