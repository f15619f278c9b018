package org.shuangsuiji.inspection.dossier.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.dossier.DossierEvent;

import org.springframework.context.event.EventListener;

/**
 * Dossier metrics: registers imported by kind, commitments, draws, reviews with defects.
 */
public class DossierMetrics {

	private final MeterRegistry meters;

	public DossierMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(DossierEvent.RegisterImported event) {
		this.meters.counter("inspection.dossier.imported", "register", event.kind().name()).increment();
	}

	@EventListener
	public void on(DossierEvent.Committed event) {
		this.meters.counter("inspection.dossier.committed").increment();
	}

	@EventListener
	public void on(DossierEvent.Drawn event) {
		this.meters.counter("inspection.dossier.drawn", "allTaken", String.valueOf(event.allTaken())).increment();
	}

	@EventListener
	public void on(DossierEvent.FileReviewed event) {
		this.meters.counter("inspection.dossier.reviewed", "defects", (event.defects() > 0) ? "yes" : "no").increment();
	}

}
