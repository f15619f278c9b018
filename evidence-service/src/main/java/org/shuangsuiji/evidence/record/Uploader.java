package org.shuangsuiji.evidence.record;

import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.security.Caller;

/**
 * A caller who passed the door of uploading to an inspection
 * ({@link EvidenceService#requireUploader}), with the task as inspection-service
 * described it, which {@link EvidenceService#upload} checks instead of asking again. Only
 * the door makes one (the constructor is the package's), so no upload skips it.
 */
public final class Uploader {

	private final Caller caller;

	private final String inspectionId;

	/**
	 * The task; none when the id was malformed and the upload must fail on its fields.
	 */
	private final TaskAccess task;

	Uploader(Caller caller, String inspectionId, TaskAccess task) {
		this.caller = caller;
		this.inspectionId = inspectionId;
		this.task = task;
	}

	Caller caller() {
		return this.caller;
	}

	/** The task the door was opened for, which must be the one uploaded to. */
	TaskAccess task(String inspectionId) {
		if (this.task == null || !this.inspectionId.equals(inspectionId)) {
			throw new IllegalStateException(
					"the upload door was opened for inspection " + this.inspectionId + ", not " + inspectionId);
		}
		return this.task;
	}

}
