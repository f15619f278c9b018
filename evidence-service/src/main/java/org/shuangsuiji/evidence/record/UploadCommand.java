package org.shuangsuiji.evidence.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * What an upload says about its file. The type is not part of it: it comes from the
 * bytes.
 *
 * @param inspectionId the inspection: inspection-service's task id
 * {@code <planId>:<agencyId>} (ADR 0404)
 * @param taskId an optional finer reference in inspection-service (a dossier sampling or
 * a rectification task), recorded as given
 * @param checklistItem the optional checklist item the evidence supports, such as
 * {@code 12}
 * @param kind what the evidence shows
 * @param region the region of the inspected agency: optional in a request, and then it
 * must agree with the task's; a command {@link #boundTo bound} to its task carries the
 * task's
 * @param agencyId the inspected agency in registry-service, likewise
 * @param fileName the client's file name, kept for downloads only
 * @param idempotencyKey the client's Idempotency-Key header, or {@code null}
 */
public record UploadCommand(String inspectionId, String taskId, String checklistItem, EvidenceKind kind,
		RegionCode region, String agencyId, String fileName, String idempotencyKey) {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	/** A task id: {@code <planId>:<agencyId>}, or a single id. */
	static final Pattern INSPECTION_ID = Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(:[A-Za-z0-9][A-Za-z0-9._-]{0,63})?");

	private static final Pattern ITEM = Pattern.compile("[\\p{L}\\p{N}._-]{1,32}");

	/**
	 * Builds the command from raw request values, naming every field at fault at once.
	 */
	public static UploadCommand parse(String inspectionId, String taskId, String checklistItem, String kind,
			String region, String agencyId, String fileName, String idempotencyKey) {
		List<FieldError> errors = new ArrayList<>();
		requireInspectionId(inspectionId, errors);
		requireId("taskId", taskId, false, errors);
		requireId("agencyId", agencyId, false, errors);
		if (blank(checklistItem) ? false : !ITEM.matcher(checklistItem).matches()) {
			errors.add(new FieldError("checklistItem", "must be 1 to 32 letters, digits, '.', '_' or '-'"));
		}
		EvidenceKind parsedKind = null;
		if (blank(kind)) {
			errors.add(new FieldError("kind", "is required"));
		}
		else {
			try {
				parsedKind = EvidenceKind.valueOf(kind.trim());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("kind", "must be one of " + List.of(EvidenceKind.values())));
			}
		}
		RegionCode parsedRegion = null;
		if (!blank(region)) {
			parsedRegion = RegionCode.parse(region.trim()).orElse(null);
			if (parsedRegion == null) {
				errors.add(new FieldError("region", "must be a six-digit GB/T 2260 region code"));
			}
		}
		if (fileName != null && (fileName.length() > 255 || fileName.chars().anyMatch(Character::isISOControl))) {
			errors.add(new FieldError("fileName", "must be at most 255 characters without control characters"));
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
			errors.add(new FieldError("Idempotency-Key", "must be 1 to 128 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("invalid-upload", errors);
		}
		return new UploadCommand(inspectionId, blank(taskId) ? null : taskId,
				blank(checklistItem) ? null : checklistItem, parsedKind, parsedRegion,
				blank(agencyId) ? null : agencyId, blank(fileName) ? null : fileName, idempotencyKey);
	}

	/**
	 * The command with the task's agency and region (ADR 0404): what the client sent of
	 * them must agree, or it is refused with 422 {@code task-mismatch}.
	 */
	public UploadCommand boundTo(TaskAccess task) {
		requireAgrees(task, this.region, this.agencyId);
		return new UploadCommand(this.inspectionId, this.taskId, this.checklistItem, this.kind, task.agencyRegion(),
				task.agencyId(), this.fileName, this.idempotencyKey);
	}

	/**
	 * Refuses with 422 {@code task-mismatch} a region or agency that a client sent and
	 * that is not the task's.
	 */
	static void requireAgrees(TaskAccess task, RegionCode region, String agencyId) {
		String field = (agencyId != null && !agencyId.equals(task.agencyId())) ? "agencyId"
				: (region != null && !region.equals(task.agencyRegion())) ? "region" : null;
		if (field != null) {
			throw new RuleViolationException("task-mismatch",
					"task " + task.taskId() + " is of agency " + task.agencyId() + " in region "
							+ task.agencyRegion().value() + "; leave out " + field + " or send the task's")
				.with("field", field);
		}
	}

	/**
	 * Throws a 400 unless {@code value} is a well-formed inspection id: a task id
	 * {@code <planId>:<agencyId>} or a single id.
	 */
	public static void requireInspectionId(String value) {
		List<FieldError> errors = new ArrayList<>();
		requireInspectionId(value, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("invalid-inspectionId", errors);
		}
	}

	/** Whether {@code value} is a well-formed inspection id that a task could have. */
	public static boolean isInspectionId(String value) {
		return !blank(value) && INSPECTION_ID.matcher(value).matches();
	}

	private static void requireInspectionId(String value, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError("inspectionId", "is required"));
		}
		else if (!INSPECTION_ID.matcher(value).matches()) {
			errors.add(new FieldError("inspectionId",
					"must be a task id <planId>:<agencyId>, each 1 to 64 letters, digits, '.', '_' or '-'"));
		}
	}

	private static void requireId(String field, String value, boolean required, List<FieldError> errors) {
		if (blank(value)) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return;
		}
		if (!ID.matcher(value).matches()) {
			errors.add(new FieldError(field, "must be 1 to 64 letters, digits, '.', '_' or '-'"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
