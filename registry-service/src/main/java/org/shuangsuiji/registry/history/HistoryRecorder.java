package org.shuangsuiji.registry.history;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Appends who changed what: compares the record before and after field by field and
 * writes one entry when something changed.
 */
public class HistoryRecorder {

	/** Identity and derived state that are not "changes" a person made. */
	private static final Set<String> SKIP = Set.of("id", "version", "flagState");

	private final HistoryStore store;

	private final Clock clock;

	public HistoryRecorder(HistoryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Records the change an event tells of; returns whether anything changed. */
	public boolean record(RecordChanged change) {
		Map<String, String> was = Snapshots.of(change.before(), SKIP);
		Map<String, String> now = Snapshots.of(change.after(), SKIP);
		List<FieldChange> changes = Snapshots.diff(was, now);
		if (changes.isEmpty()) {
			return false;
		}
		this.store.append(new ChangeRecord(UUID.randomUUID().toString(), change.kind(), change.subjectId(),
				change.region(), this.clock.instant(), change.by().userId(), change.by().displayName(), change.action(),
				change.source(), changes));
		return true;
	}

	/** Whether the two versions differ in anything a person changes. */
	public static boolean differ(Object before, Object after) {
		return !Snapshots.of(before, SKIP).equals(Snapshots.of(after, SKIP));
	}

	public List<ChangeRecord> of(SubjectKind kind, String subjectId) {
		return this.store.of(kind, subjectId);
	}

}
