package org.shuangsuiji.inspection.draw.listener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.shuangsuiji.inspection.draw.DrawEvent;

import org.springframework.context.event.EventListener;

/**
 * The draw's metrics: commitments, draws and their duration (refused ones included),
 * replacements by kind.
 */
public class DrawMetrics {

	private final MeterRegistry meters;

	private final Timer duration;

	public DrawMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.duration = Timer.builder("inspection.draw.duration").register(meters);
	}

	@EventListener
	public void on(DrawEvent.Committed event) {
		this.meters.counter("inspection.draw.committed").increment();
	}

	@EventListener
	public void on(DrawEvent.Refused event) {
		this.duration.record(event.took());
	}

	@EventListener
	public void on(DrawEvent.Drawn event) {
		this.duration.record(event.took());
		this.meters.counter("inspection.draw.drawn").increment();
	}

	@EventListener
	public void on(DrawEvent.PersonReplaced event) {
		this.meters.counter("inspection.draw.replaced", "kind", "person").increment();
	}

	@EventListener
	public void on(DrawEvent.AgencyReplaced event) {
		this.meters.counter("inspection.draw.replaced", "kind", "agency").increment();
	}

}
