package org.shuangsuiji.inspection.disclosure.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.disclosure.DisclosureEvent;

import org.springframework.context.event.EventListener;

/** Results published, by outcome ({@code inspection.disclosure.published}). */
public class DisclosureMetrics {

	private final MeterRegistry meters;

	public DisclosureMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(DisclosureEvent.Published event) {
		this.meters.counter("inspection.disclosure.published", "outcome", event.result().outcomeCode()).increment();
	}

}
