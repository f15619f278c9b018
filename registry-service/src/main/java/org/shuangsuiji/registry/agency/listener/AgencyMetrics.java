package org.shuangsuiji.registry.agency.listener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.shuangsuiji.registry.agency.AgencyRegistered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts agencies registered through the API ({@code registry.agency.created}). */
@Component
class AgencyMetrics {

	private final Counter created;

	AgencyMetrics(MeterRegistry meters) {
		this.created = meters.counter("registry.agency.created");
	}

	@EventListener
	void on(AgencyRegistered event) {
		this.created.increment();
	}

}
