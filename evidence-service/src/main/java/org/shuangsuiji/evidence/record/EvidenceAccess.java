package org.shuangsuiji.evidence.record;

import java.util.Set;

import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.evidence.inspection.TaskAccess.Relation;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who may do what with a task's evidence (ADR 0404). inspection-service says how the
 * caller stands to the task and what it may do; the rules here apply that answer:
 * <ul>
 * <li>reading: the team, the bureaus covering the task (organiser, county) and the agency
 * itself; anyone else, such as an inspector of another team, is refused;</li>
 * <li>uploading: team kinds need {@code may.uploadTeamEvidence}, agency kinds
 * {@code may.uploadAgencyEvidence};</li>
 * <li>withdrawing: the uploader while still allowed to upload that kind, or a bureau
 * covering the task;</li>
 * <li>closing: {@code may.closeEvidence}.</li>
 * </ul>
 */
public final class EvidenceAccess {

	private static final Set<Relation> READERS = Set.of(Relation.TEAM, Relation.ORGANISER, Relation.BUREAU,
			Relation.AGENCY);

	private EvidenceAccess() {
	}

	public static void requireRead(Caller caller, TaskAccess task) {
		if (!READERS.contains(task.relation())) {
			throw new OutOfScopeException(
					"only the team, the bureaus covering it and the agency read the evidence of task " + task.taskId());
		}
		if (task.relation() == Relation.AGENCY && !task.agencyId().equals(caller.agencyId())) {
			throw new OutOfScopeException("an agency account reads its own agency's evidence only");
		}
	}

	/**
	 * The door of an upload, checked before its fields are read: the task's team or its
	 * agency. Which kinds they may upload now is {@link #requireUpload}'s to say.
	 */
	public static void requireUploader(Caller caller, TaskAccess task) {
		requireRead(caller, task);
		if (task.relation() != Relation.TEAM && task.relation() != Relation.AGENCY) {
			throw new OutOfScopeException("the caller may not upload evidence for task " + task.taskId() + " (relation "
					+ task.relation() + ", status " + task.status() + ")");
		}
	}

	/**
	 * The right the upload is made under: the team's or the agency's. A kind the caller
	 * has no right for is refused with 403 {@code kind-not-allowed} when the caller may
	 * upload other kinds, {@code out-of-scope} when it may upload none.
	 */
	public static UploadRight requireUpload(Caller caller, TaskAccess task, EvidenceKind kind) {
		requireRead(caller, task);
		TaskAccess.Rights may = task.may();
		if (kind.teamKind() && may.uploadTeamEvidence()) {
			return UploadRight.TEAM;
		}
		if (kind.agencyKind() && may.uploadAgencyEvidence()) {
			return UploadRight.AGENCY;
		}
		if (may.uploadTeamEvidence()) {
			throw new OutOfScopeException("kind-not-allowed",
					"the team uploads GATE_PHOTO, MEETING_PHOTO, PROCESS_PHOTO, SIGNED_FACT_SHEET, DOSSIER_SCAN and OTHER, not "
							+ kind);
		}
		if (may.uploadAgencyEvidence()) {
			throw new OutOfScopeException("kind-not-allowed",
					"the agency uploads FEEDBACK_FORM, SIGNED_FACT_SHEET and RECTIFICATION_PROOF, not " + kind);
		}
		throw new OutOfScopeException("the caller may not upload evidence for task " + task.taskId() + " (relation "
				+ task.relation() + ", status " + task.status() + ")");
	}

	/**
	 * The uploader while still allowed to upload that kind; a bureau covering the task.
	 */
	public static void requireWithdraw(Caller caller, TaskAccess task, EvidenceRecord record) {
		requireRead(caller, task);
		if (task.relation() == Relation.ORGANISER || task.relation() == Relation.BUREAU) {
			return;
		}
		if (!record.uploadedBy().userId().equals(caller.userId())) {
			throw new OutOfScopeException("only the uploader or a bureau covering the task may withdraw evidence");
		}
		requireUpload(caller, task, record.kind());
	}

	public static void requireClose(TaskAccess task) {
		if (!task.may().closeEvidence()) {
			throw new OutOfScopeException("the caller may not close the evidence of task " + task.taskId()
					+ " (relation " + task.relation() + ", status " + task.status() + ")");
		}
	}

	/** Reconciliation over a key prefix is for city and province staff. */
	public static void requireReconcile(Caller caller) {
		caller.requireAny(Role.CITY, Role.PROVINCE);
	}

	/** The right an upload was accepted under. */
	public enum UploadRight {

		TEAM, AGENCY

	}

}
