package org.shuangsuiji.evidence.record;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored evidence records. Appending is the only write besides withdrawing and
 * marking closed; nothing is ever deleted.
 */
public interface EvidenceRecords {

	Optional<EvidenceRecord> find(String id);

	/** The record an upload with this caller-scoped Idempotency-Key created. */
	Optional<EvidenceRecord> findByIdempotencyKey(String scopedKey);

	/** The record with the highest sequence of the inspection. */
	Optional<EvidenceRecord> last(String inspectionId);

	/** Every record of the inspection in chain order. */
	List<EvidenceRecord> chain(String inspectionId);

	/**
	 * Stores a new record, atomically refusing a second record at the same chain position
	 * or with the same Idempotency-Key.
	 * @throws ChainPositionTakenException when another upload took the position first
	 * @throws IdempotentReplayException when a record with the key exists already
	 */
	void append(EvidenceRecord record, String scopedIdempotencyKey);

	/**
	 * Records the withdrawal unless the record is withdrawn already or its inspection
	 * closed; one atomic write, so a withdrawal and a closing never both win.
	 */
	WithdrawOutcome withdraw(String id, Withdrawal withdrawal);

	/** Marks every record of the inspection closed, so none can be withdrawn any more. */
	void closeAll(String inspectionId);

	/** Visits the object key of every record whose key starts with {@code keyPrefix}. */
	void forEachObjectKey(String keyPrefix, Consumer<ObjectReference> visitor);

	/** How an attempt to withdraw ended. */
	enum WithdrawOutcome {

		WITHDRAWN, ALREADY_WITHDRAWN, CLOSED, NOT_FOUND

	}

	/** A record's pointer to its object. */
	record ObjectReference(String evidenceId, String inspectionId, String objectKey) {
	}

}
