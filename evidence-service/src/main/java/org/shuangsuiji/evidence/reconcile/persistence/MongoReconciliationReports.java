package org.shuangsuiji.evidence.reconcile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.evidence.reconcile.ReconciliationReport;
import org.shuangsuiji.evidence.reconcile.ReconciliationReports;
import org.shuangsuiji.evidence.record.EvidenceRecords.ObjectReference;
import org.shuangsuiji.evidence.storage.StoredObject;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reports in the {@code reconciliation_reports} collection. Each list keeps at most
 * {@value #MAX_LISTED} entries (a document is limited to 16 MB); the counts stay exact.
 */
public class MongoReconciliationReports implements ReconciliationReports {

	static final int MAX_LISTED = 1000;

	private final MongoOperations mongo;

	public MongoReconciliationReports(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void save(ReconciliationReport report) {
		this.mongo.insert(new ReportDocument(null, report.prefix(), report.checkedAt(), report.trigger(),
				report.objectsChecked(), report.recordsChecked(), report.objectsWithoutRecords().size(),
				report.recordsWithoutObjects().size(),
				report.objectsWithoutRecords().stream().limit(MAX_LISTED).toList(),
				report.recordsWithoutObjects().stream().limit(MAX_LISTED).toList()));
	}

	@Override
	public Optional<ReconciliationReport> latest(String prefix) {
		ReportDocument latest = this.mongo.findOne(
				query(where("prefix").is(prefix)).with(Sort.by(Sort.Direction.DESC, "checkedAt")).limit(1),
				ReportDocument.class);
		return Optional.ofNullable(latest)
			.map((document) -> new ReconciliationReport(document.prefix(), document.checkedAt(), document.trigger(),
					document.objectsChecked(), document.recordsChecked(), document.objectsWithoutRecords(),
					document.recordsWithoutObjects()));
	}

	@Document("reconciliation_reports")
	record ReportDocument(@Id String id, String prefix, Instant checkedAt, String trigger, long objectsChecked,
			long recordsChecked, int objectsWithoutRecordsCount, int recordsWithoutObjectsCount,
			List<StoredObject> objectsWithoutRecords, List<ObjectReference> recordsWithoutObjects) {
	}

}
