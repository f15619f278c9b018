package org.shuangsuiji.evidence.reconcile;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.evidence.record.EvidenceRecords.ObjectReference;
import org.shuangsuiji.evidence.storage.StoredObject;

/**
 * What one reconciliation found under a key prefix.
 *
 * @param prefix the object key prefix checked, such as {@code evidence/4107}
 * @param checkedAt when
 * @param trigger {@code schedule} or the user id of whoever asked
 * @param objectsChecked how many objects the store listed
 * @param recordsChecked how many records point into the prefix
 * @param objectsWithoutRecords objects no record points to (older than the grace period)
 * @param recordsWithoutObjects records whose object the store does not have
 */
public record ReconciliationReport(String prefix, Instant checkedAt, String trigger, long objectsChecked,
		long recordsChecked, List<StoredObject> objectsWithoutRecords, List<ObjectReference> recordsWithoutObjects) {

	public ReconciliationReport {
		objectsWithoutRecords = List.copyOf(objectsWithoutRecords);
		recordsWithoutObjects = List.copyOf(recordsWithoutObjects);
	}

	public boolean consistent() {
		return this.objectsWithoutRecords.isEmpty() && this.recordsWithoutObjects.isEmpty();
	}

}
