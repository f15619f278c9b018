package org.shuangsuiji.inspection.conclusion.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.conclusion.ConclusionEvent;

import org.springframework.context.event.EventListener;

/**
 * Conclusions recorded by outcome and whether they go to the province
 * ({@code inspection.conclusion.recorded}), reviews decided by decision
 * ({@code inspection.conclusion.reviewed}).
 */
public class ConclusionMetrics {

	private final MeterRegistry meters;

	public ConclusionMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(ConclusionEvent.Recorded event) {
		this.meters
			.counter("inspection.conclusion.recorded", "outcome", event.conclusion().decision().outcome().code(),
					"provincialReview", String.valueOf(event.conclusion().review() != null))
			.increment();
	}

	@EventListener
	public void on(ConclusionEvent.Reviewed event) {
		this.meters
			.counter("inspection.conclusion.reviewed", "decision",
					event.conclusion().review().verdict().confirmed() ? "CONFIRM" : "AMEND")
			.increment();
	}

}
