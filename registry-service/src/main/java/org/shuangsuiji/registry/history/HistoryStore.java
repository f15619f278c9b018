package org.shuangsuiji.registry.history;

import java.util.List;

/** Where the append-only history is kept: entries are only added, never changed. */
public interface HistoryStore {

	void append(ChangeRecord record);

	/** The history of one record, oldest first. */
	List<ChangeRecord> of(SubjectKind kind, String subjectId);

}
