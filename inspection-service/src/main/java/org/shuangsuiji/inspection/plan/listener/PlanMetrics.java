package org.shuangsuiji.inspection.plan.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.plan.PlanEvent;

import org.springframework.context.event.EventListener;

/** Counts plans created ({@code inspection.plan.created}) and published. */
public class PlanMetrics {

	private final MeterRegistry meters;

	public PlanMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(PlanEvent.Created event) {
		this.meters.counter("inspection.plan.created").increment();
	}

	@EventListener
	public void on(PlanEvent.Published event) {
		this.meters.counter("inspection.plan.published").increment();
	}

}
