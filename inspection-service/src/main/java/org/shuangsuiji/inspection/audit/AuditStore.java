package org.shuangsuiji.inspection.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where audit entries are kept: inserted, never updated or deleted. */
public interface AuditStore {

	Optional<AuditEntry> last();

	/**
	 * Inserts the entry under its seq.
	 * @return false when another writer took that seq first
	 */
	boolean insert(AuditEntry entry);

	/**
	 * Entries whose region starts with {@code regionPrefix}, optionally of one subject,
	 * newest first.
	 */
	List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size);

	/** Every entry in seq order. */
	void forEachInOrder(Consumer<AuditEntry> consumer);

}
