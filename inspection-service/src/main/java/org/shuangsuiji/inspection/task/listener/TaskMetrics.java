package org.shuangsuiji.inspection.task.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.task.TaskEvent;

import org.springframework.context.event.EventListener;

/** Counts scheduled visits ({@code inspection.task.scheduled}). */
public class TaskMetrics {

	private final MeterRegistry meters;

	public TaskMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(TaskEvent.Scheduled event) {
		this.meters.counter("inspection.task.scheduled").increment();
	}

}
