package org.shuangsuiji.evidence.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * What an upload says about its file. The type is not part of it: it comes from the
 * bytes.
 *
 * @param inspectionId the inspection (检查任务 of one agency) in inspection-service
 * @param taskId an optional finer reference in inspection-service (a dossier sampling or
 * a rectification task), recorded as given
 * @param checklistItem the optional checklist item the evidence supports, such as
 * {@code 12}
 * @param kind what the evidence shows
 * @param region the region of the inspected agency
 * @param agencyId the inspected agency in registry-service
 * @param fileName the client's file name, kept for downloads only
 * @param idempotencyKey the client's Idempotency-Key header, or {@code null}
 */
public record UploadCommand(String inspectionId, String taskId, String checklistItem, EvidenceKind kind,
		RegionCode region, String agencyId, String fileName, String idempotencyKey) {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern ITEM = Pattern.compile("[\\p{L}\\p{N}._-]{1,32}");

	/**
	 * Builds the command from raw request values, naming every field at fault at once.
	 */
	public static UploadCommand parse(String inspectionId, String taskId, String checklistItem, String kind,
			String region, String agencyId, String fileName, String idempotencyKey) {
		List<FieldError> errors = new ArrayList<>();
		requireId("inspectionId", inspectionId, true, errors);
		requireId("taskId", taskId, false, errors);
		requireId("agencyId", agencyId, true, errors);
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
		if (blank(region)) {
			errors.add(new FieldError("region", "is required"));
		}
		else {
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
				blank(checklistItem) ? null : checklistItem, parsedKind, parsedRegion, agencyId,
				blank(fileName) ? null : fileName, idempotencyKey);
	}

	/**
	 * Throws a 400 naming {@code field} unless {@code value} is a well-formed identifier.
	 */
	public static void requireId(String field, String value) {
		List<FieldError> errors = new ArrayList<>();
		requireId(field, value, true, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("invalid-" + field, errors);
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
