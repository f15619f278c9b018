package org.shuangsuiji.inspection.dossier.listener;

import java.util.Map;

import org.shuangsuiji.inspection.audit.AuditDetails;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.dossier.DossierEvent;
import org.shuangsuiji.inspection.dossier.SampleInputs;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * One audit entry per dossier event (subject type {@code dossier}, subject the task id),
 * so the commitment is on the hash-chained trail before the seed is, as for the main
 * draw. Synchronous and first: an entry that cannot be written fails the call.
 */
public class DossierAudit {

	/** The action of each (sealed) dossier event. */
	private static final Map<Class<? extends DossierEvent>, String> ACTIONS = Map.of(
			DossierEvent.RegisterImported.class, "dossier.register-imported", DossierEvent.Committed.class,
			"dossier.committed", DossierEvent.Drawn.class, "dossier.drawn", DossierEvent.FileReviewed.class,
			"dossier.file-reviewed");

	private final AuditTrail trail;

	public DossierAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(DossierEvent event) {
		this.trail.append(event.by(), ACTIONS.get(event.getClass()), "dossier", event.taskId(), event.region(),
				details(event));
	}

	private static Map<String, String> details(DossierEvent event) {
		if (event instanceof DossierEvent.RegisterImported imported) {
			return AuditDetails.of("register", imported.kind().name(), "fileName", String.valueOf(imported.fileName()),
					"rows", imported.rows());
		}
		if (event instanceof DossierEvent.Committed committed) {
			return AuditDetails.of("algorithm", SampleInputs.ALGORITHM, "commitment", committed.commitment(),
					"windowSize", committed.windowSize(), "sampleSize", committed.sampleSize());
		}
		if (event instanceof DossierEvent.Drawn drawn) {
			return AuditDetails.of("commitment", drawn.commitment(), "seed", drawn.seed(), "seedNote", drawn.seedNote(),
					"caseNumbers", String.join(",", drawn.caseNumbers()), "allTaken", drawn.allTaken());
		}
		DossierEvent.FileReviewed reviewed = (DossierEvent.FileReviewed) event;
		return AuditDetails.of("caseNumber", reviewed.caseNumber(), "defects", reviewed.defects());
	}

}
