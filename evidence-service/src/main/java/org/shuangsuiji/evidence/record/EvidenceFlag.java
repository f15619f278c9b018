package org.shuangsuiji.evidence.record;

/**
 * Something a reviewer should look at, noted when the evidence was recorded. A flag never
 * refuses an upload: a camera's clock is only the camera's word.
 */
public enum EvidenceFlag {

	/** A photo of the day whose EXIF capture time is on another day than the task's. */
	CAPTURED_OFF_DAY,

	/** A photo of the day without a capture time to compare with the task's day. */
	CAPTURE_TIME_UNKNOWN

}
