package org.shuangsuiji.inspection.conclusion;

/** Where a provincial review (复核研判) is. */
public enum ReviewStatus {

	/** Waiting for the province. */
	PENDING,
	/** The province decided; its decision is the conclusion's final state. */
	DECIDED

}
