package org.shuangsuiji.registry.importing.listener;

import io.micrometer.core.instrument.MeterRegistry;
import org.shuangsuiji.registry.importing.FileImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts applied imports per kind ({@code registry.import.applied{kind}}). */
@Component
class ImportMetrics {

	private final MeterRegistry meters;

	ImportMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	void on(FileImported event) {
		this.meters.counter("registry.import.applied", "kind", event.kind().path()).increment();
	}

}
