package org.shuangsuiji.evidence.record;

/**
 * Where objects live in the bucket. Keys start with the agency's region code, so a city's
 * objects share the prefix {@code evidence/4107} and reconciliation can be scoped like
 * everything else; the last part is the record's random id, so a key is never reused.
 */
public final class ObjectKeys {

	public static final String EVIDENCE_ROOT = "evidence/";

	public static final String THUMBNAIL_ROOT = "thumbnails/";

	private ObjectKeys() {
	}

	public static String evidence(UploadCommand command, String evidenceId) {
		return EVIDENCE_ROOT + command.region().value() + "/" + command.inspectionId() + "/" + evidenceId;
	}

	/**
	 * The derived thumbnail of a photo: not evidence, rendered again identically if lost.
	 */
	public static String thumbnail(EvidenceRecord record) {
		return THUMBNAIL_ROOT + record.region().value() + "/" + record.inspectionId() + "/" + record.id() + ".jpg";
	}

}
