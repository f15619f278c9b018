package org.shuangsuiji.evidence.reconcile;

import java.util.Optional;

/** Reconciliation reports, kept append-only. */
public interface ReconciliationReports {

	void save(ReconciliationReport report);

	/** The latest report whose prefix covers {@code prefix} exactly. */
	Optional<ReconciliationReport> latest(String prefix);

}
