package org.shuangsuiji.registry.history.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.history.ChangeRecord;
import org.shuangsuiji.registry.history.FieldChange;
import org.shuangsuiji.registry.history.Snapshots;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.history.persistence.HistoryStore;

import org.springframework.stereotype.Service;

/**
 * Appends who changed what: compares the record before and after field by field and
 * writes one entry when something changed.
 */
@Service
public class HistoryRecorder {

	/** Identity and derived state that are not "changes" a person made. */
	private static final Set<String> SKIP = Set.of("id", "version", "flagState");

	private final HistoryStore store;

	private final Clock clock;

	public HistoryRecorder(HistoryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records the change from {@code before} ({@code null} for a new record) to
	 * {@code after}; returns whether anything changed.
	 */
	public boolean record(SubjectKind kind, String subjectId, RegionCode region, Caller by, String action,
			String source, Object before, Object after) {
		Map<String, String> was = Snapshots.of(before, SKIP);
		Map<String, String> now = Snapshots.of(after, SKIP);
		List<FieldChange> changes = Snapshots.diff(was, now);
		if (changes.isEmpty()) {
			return false;
		}
		this.store.append(new ChangeRecord(UUID.randomUUID().toString(), kind, subjectId, region, this.clock.instant(),
				by.userId(), by.displayName(), action, source, changes));
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
