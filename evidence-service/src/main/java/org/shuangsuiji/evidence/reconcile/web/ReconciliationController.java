package org.shuangsuiji.evidence.reconcile.web;

import org.shuangsuiji.evidence.reconcile.ReconciliationReport;
import org.shuangsuiji.evidence.reconcile.Reconciler;
import org.shuangsuiji.evidence.record.EvidenceAccess;
import org.shuangsuiji.evidence.record.ObjectKeys;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciliation of the caller's region: the object keys under
 * {@code evidence/<region prefix>} against the records pointing there.
 */
@RestController
@RequestMapping("/api/evidence/reconciliation")
public class ReconciliationController {

	private final Reconciler reconciler;

	public ReconciliationController(Reconciler reconciler) {
		this.reconciler = reconciler;
	}

	@PostMapping
	public ReconciliationReport reconcile(Caller caller) {
		EvidenceAccess.requireReconcile(caller);
		return this.reconciler.reconcile(prefix(caller), caller.userId());
	}

	/** The latest report for the caller's region, by whoever or whatever ran it. */
	@GetMapping("/latest")
	public ReconciliationReport latest(Caller caller) {
		EvidenceAccess.requireReconcile(caller);
		return this.reconciler.latest(prefix(caller))
			.orElseThrow(() -> new NotFoundException("no-reconciliation",
					"no reconciliation has run for " + prefix(caller) + " yet"));
	}

	private static String prefix(Caller caller) {
		return ObjectKeys.EVIDENCE_ROOT + caller.region().prefix();
	}

}
