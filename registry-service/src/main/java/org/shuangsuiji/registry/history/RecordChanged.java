package org.shuangsuiji.registry.history;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;

/**
 * A registry record was created or changed: the event a use case publishes so that the
 * history is written beside it (ADR 0005 rule 6), not inside its body.
 *
 * @param kind the kind of record
 * @param subjectId the record
 * @param region the record's region
 * @param by who changed it
 * @param action what was done ({@code created}, {@code updated}, {@code status-changed}
 * …)
 * @param source where the change came from ({@code api}, {@code import:agencies.xlsx})
 * @param before the record before, {@code null} when it is new
 * @param after the record as stored
 */
public record RecordChanged(SubjectKind kind, String subjectId, RegionCode region, Caller by, String action,
		String source, Object before, Object after) {

	/** A change made through the API. */
	public static RecordChanged byApi(SubjectKind kind, String subjectId, RegionCode region, Caller by, String action,
			Object before, Object after) {
		return new RecordChanged(kind, subjectId, region, by, action, "api", before, after);
	}

}
