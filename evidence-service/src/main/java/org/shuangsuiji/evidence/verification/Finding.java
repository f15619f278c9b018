package org.shuangsuiji.evidence.verification;

/**
 * One thing that is not as recorded.
 *
 * @param sequence the record's place in the chain
 * @param evidenceId the record
 * @param objectKey its object
 * @param fileName the client's file name, to recognise it by
 * @param problem what differs
 * @param expected what the record says
 * @param actual what was found
 */
public record Finding(long sequence, String evidenceId, String objectKey, String fileName, Problem problem,
		String expected, String actual) {

	/** The kinds of difference verification detects. */
	public enum Problem {

		/** The object's bytes no longer hash to the recorded SHA-256. */
		CONTENT_CHANGED,

		/** The object is gone from the store. */
		OBJECT_MISSING,

		/** The record's fields no longer hash to its record hash. */
		RECORD_ALTERED,

		/** The record's previous hash is not the previous record's hash. */
		CHAIN_BROKEN,

		/** The sequence numbers are not 1, 2, 3 … without gaps. */
		SEQUENCE_GAP

	}

}
