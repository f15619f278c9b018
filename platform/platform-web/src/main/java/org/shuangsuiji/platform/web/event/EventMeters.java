package org.shuangsuiji.platform.web.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A service's metrics of its domain events, declared in one place instead of a listener
 * class per feature: each rule names an event type and the meter it moves. An event moves
 * every rule whose type it is an instance of, in the caller's thread, after the listeners
 * ordered before it (the audit trail) have run.
 * <p>
 * Meters without tags are registered when declared, so they read 0 before the first
 * event; tagged ones when an event first names their tags.
 */
public class EventMeters implements ApplicationListener<PayloadApplicationEvent<?>> {

	private final MeterRegistry meters;

	private final List<Rule<?>> rules = new ArrayList<>();

	public EventMeters(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Counts each event of the type in {@code name}. */
	public <E> EventMeters count(Class<E> type, String name) {
		Counter counter = this.meters.counter(name);
		return rule(type, (event) -> counter.increment());
	}

	/**
	 * Counts each event of the type in {@code name}, with the tags it reads off the
	 * event.
	 */
	public <E> EventMeters count(Class<E> type, String name, Function<? super E, Tags> tags) {
		return rule(type, (event) -> this.meters.counter(name, tags.apply(event)).increment());
	}

	/** Counts each event of the type in the counter whose name it reads off the event. */
	public <E> EventMeters countNamed(Class<E> type, Function<? super E, String> name) {
		return rule(type, (event) -> this.meters.counter(name.apply(event)).increment());
	}

	/** Records in the timer {@code name} the time each event of the type says it took. */
	public <E> EventMeters time(Class<E> type, String name, Function<? super E, Duration> took) {
		Timer timer = Timer.builder(name).register(this.meters);
		return rule(type, (event) -> timer.record(took.apply(event)));
	}

	private <E> EventMeters rule(Class<E> type, Consumer<E> record) {
		this.rules.add(new Rule<>(type, record));
		return this;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<?> event) {
		Object payload = event.getPayload();
		for (Rule<?> rule : this.rules) {
			rule.moveFor(payload);
		}
	}

	private record Rule<E>(Class<E> type, Consumer<E> record) {

		void moveFor(Object event) {
			if (this.type.isInstance(event)) {
				this.record.accept(this.type.cast(event));
			}
		}

	}

}
