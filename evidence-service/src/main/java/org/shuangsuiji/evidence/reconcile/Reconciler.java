package org.shuangsuiji.evidence.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.EvidenceRecords.ObjectReference;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.evidence.storage.StoredObject;

/**
 * Compares the store's listing with the records under a key prefix. Objects younger than
 * the grace period are left out: an upload writes its object before its record, so a
 * fresh object without a record is usually an upload still in progress.
 */
public class Reconciler {

	private final ObjectStore store;

	private final EvidenceRecords records;

	private final ReconciliationReports reports;

	private final Clock clock;

	private final Duration grace;

	public Reconciler(ObjectStore store, EvidenceRecords records, ReconciliationReports reports, Clock clock,
			Duration grace) {
		this.store = store;
		this.records = records;
		this.reports = reports;
		this.clock = clock;
		this.grace = grace;
	}

	public ReconciliationReport reconcile(String prefix, String trigger) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Map<String, ObjectReference> referenced = new LinkedHashMap<>();
		this.records.forEachObjectKey(prefix, (reference) -> referenced.put(reference.objectKey(), reference));
		Set<String> listed = new HashSet<>();
		List<StoredObject> unreferenced = new ArrayList<>();
		Instant settled = now.minus(this.grace);
		this.store.list(prefix, (object) -> {
			listed.add(object.key());
			boolean old = object.lastModified() == null || object.lastModified().isBefore(settled);
			if (!referenced.containsKey(object.key()) && old) {
				unreferenced.add(object);
			}
		});
		List<ObjectReference> missing = referenced.values()
			.stream()
			.filter((reference) -> !listed.contains(reference.objectKey()))
			.toList();
		ReconciliationReport report = new ReconciliationReport(prefix, now, trigger, listed.size(), referenced.size(),
				unreferenced, missing);
		this.reports.save(report);
		return report;
	}

	public Optional<ReconciliationReport> latest(String prefix) {
		return this.reports.latest(prefix);
	}

}
