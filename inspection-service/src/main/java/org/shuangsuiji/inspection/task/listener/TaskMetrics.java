package org.shuangsuiji.inspection.task.listener;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.inspection.task.TaskEvent;

import org.springframework.context.event.EventListener;

/**
 * Counts scheduled visits ({@code inspection.task.scheduled}), on-site steps
 * ({@code inspection.task.step}, tagged with the state reached) and seals
 * ({@code inspection.task.sealed}).
 */
public class TaskMetrics {

	private final MeterRegistry meters;

	public TaskMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void on(TaskEvent.Scheduled event) {
		this.meters.counter("inspection.task.scheduled").increment();
	}

	@EventListener
	public void on(TaskEvent.StepTaken event) {
		this.meters.counter("inspection.task.step", "status", event.step().status().name()).increment();
	}

	@EventListener
	public void on(TaskEvent.Sealed event) {
		this.meters.counter("inspection.task.step", "status", "CLOSED").increment();
		this.meters.counter("inspection.task.sealed").increment();
	}

}
