package org.shuangsuiji.evidence.record;

import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.DoorPass;

/**
 * A caller who passed the door of uploading to an inspection
 * ({@link EvidenceService#requireUploader}), with the task as inspection-service
 * described it, which {@link EvidenceService#upload} checks instead of asking again. Its
 * subject is the inspection id the door was opened for. Only the door makes one (the
 * constructor is the package's), so no upload skips it.
 */
public final class Uploader extends DoorPass<String> {

	/**
	 * The task; none when the id was malformed and the upload must fail on its fields.
	 */
	private final TaskAccess task;

	Uploader(Caller caller, String inspectionId, TaskAccess task) {
		super(caller, inspectionId);
		this.task = task;
	}

	/** The task the door was opened for, which must be the one uploaded to. */
	TaskAccess task(String inspectionId) {
		requireSubject(inspectionId);
		if (this.task == null) {
			throw new IllegalStateException("inspection " + inspectionId + " is malformed: nothing is uploaded to it");
		}
		return this.task;
	}

}
