package org.shuangsuiji.inspection.dossier.listener;

import java.util.LinkedHashMap;
import java.util.Map;

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

	private final AuditTrail trail;

	public DossierAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void on(DossierEvent event) {
		this.trail.append(event.by(), action(event), "dossier", event.taskId(), event.region(), details(event));
	}

	private static String action(DossierEvent event) {
		if (event instanceof DossierEvent.RegisterImported) {
			return "dossier.register-imported";
		}
		if (event instanceof DossierEvent.Committed) {
			return "dossier.committed";
		}
		if (event instanceof DossierEvent.Drawn) {
			return "dossier.drawn";
		}
		return "dossier.file-reviewed";
	}

	private static Map<String, String> details(DossierEvent event) {
		Map<String, String> details = new LinkedHashMap<>();
		if (event instanceof DossierEvent.RegisterImported imported) {
			details.put("register", imported.kind().name());
			details.put("fileName", String.valueOf(imported.fileName()));
			details.put("rows", String.valueOf(imported.rows()));
		}
		else if (event instanceof DossierEvent.Committed committed) {
			details.put("algorithm", SampleInputs.ALGORITHM);
			details.put("commitment", committed.commitment());
			details.put("windowSize", String.valueOf(committed.windowSize()));
			details.put("sampleSize", String.valueOf(committed.sampleSize()));
		}
		else if (event instanceof DossierEvent.Drawn drawn) {
			details.put("commitment", drawn.commitment());
			details.put("seed", drawn.seed());
			if (drawn.seedNote() != null) {
				details.put("seedNote", drawn.seedNote());
			}
			details.put("caseNumbers", String.join(",", drawn.caseNumbers()));
			details.put("allTaken", String.valueOf(drawn.allTaken()));
		}
		else if (event instanceof DossierEvent.FileReviewed reviewed) {
			details.put("caseNumber", reviewed.caseNumber());
			details.put("defects", String.valueOf(reviewed.defects()));
		}
		return details;
	}

}
