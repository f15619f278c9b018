package org.shuangsuiji.registry.history;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * One entry of the append-only change history: who changed which record, when, how (form,
 * import, demo data) and what.
 *
 * @param id entry id
 * @param subjectKind the kind of record
 * @param subjectId the record
 * @param region the record's region (for scoped reads)
 * @param at when
 * @param actorId the user id (token subject)
 * @param actorName the user's display name
 * @param action what was done ({@code created}, {@code updated}, {@code status-changed}
 * …)
 * @param source where the change came from ({@code api}, {@code import:agencies.xlsx})
 * @param changes the fields that changed
 */
public record ChangeRecord(String id, SubjectKind subjectKind, String subjectId, RegionCode region, Instant at,
		String actorId, String actorName, String action, String source, List<FieldChange> changes) {

	public ChangeRecord {
		changes = List.copyOf(changes);
	}

}
