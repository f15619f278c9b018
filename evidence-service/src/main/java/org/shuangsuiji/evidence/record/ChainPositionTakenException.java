package org.shuangsuiji.evidence.record;

/**
 * Another upload appended to the inspection's chain first; read the head again and retry.
 */
public class ChainPositionTakenException extends RuntimeException {

	public ChainPositionTakenException(String inspectionId, long sequence) {
		super("position " + sequence + " of inspection " + inspectionId + " is taken");
	}

}
