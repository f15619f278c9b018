package org.shuangsuiji.evidence.config;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.evidence.reconcile.ReconciliationReport;
import org.shuangsuiji.evidence.reconcile.Reconciler;
import org.shuangsuiji.evidence.record.ObjectKeys;
import org.shuangsuiji.evidence.storage.ObjectStoreUnavailableException;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reconciles the whole bucket on a schedule ({@code evidence.reconciliation.cron}), keeps
 * the report and publishes the counts as gauges for alerting.
 */
public class ReconciliationJob {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

	private final Reconciler reconciler;

	private final AtomicLong objectsWithoutRecords = new AtomicLong();

	private final AtomicLong recordsWithoutObjects = new AtomicLong();

	public ReconciliationJob(Reconciler reconciler, MeterRegistry meters) {
		this.reconciler = reconciler;
		meters.gauge("evidence.reconciliation.objects.unreferenced", this.objectsWithoutRecords);
		meters.gauge("evidence.reconciliation.records.missing-object", this.recordsWithoutObjects);
	}

	@Scheduled(cron = "${evidence.reconciliation.cron}")
	public void run() {
		try {
			ReconciliationReport report = this.reconciler.reconcile(ObjectKeys.EVIDENCE_ROOT, "schedule");
			this.objectsWithoutRecords.set(report.objectsWithoutRecords().size());
			this.recordsWithoutObjects.set(report.recordsWithoutObjects().size());
			if (report.consistent()) {
				log.info("Reconciliation: {} objects and {} records agree", report.objectsChecked(),
						report.recordsChecked());
			}
			else {
				log.warn("Reconciliation: {} objects without records {}, {} records without objects {}",
						report.objectsWithoutRecords().size(), report.objectsWithoutRecords(),
						report.recordsWithoutObjects().size(), report.recordsWithoutObjects());
			}
		}
		catch (ObjectStoreUnavailableException ex) {
			log.warn("Reconciliation skipped: {}", ex.getMessage());
		}
	}

}
