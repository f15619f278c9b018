package org.shuangsuiji.platform.web.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The meters move when a use case publishes plain event objects through Spring, as
 * {@code DomainEvents} does in every service.
 */
class EventMetersTests {

	sealed interface Step {

		record Opened(String kind) implements Step {
		}

		record Closed(boolean accepted, Duration took) implements Step {
		}

	}

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private AnnotationConfigApplicationContext context;

	@AfterEach
	void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void countsEachPublishedEventOfTheDeclaredType() {
		publishWith(new EventMeters(this.meters).count(Step.Opened.class, "test.step.opened"), new Step.Opened("a"),
				new Step.Opened("b"), new Step.Closed(true, Duration.ZERO), "not an event of the service");
		assertThat(this.meters.counter("test.step.opened").count()).isEqualTo(2);
	}

	@Test
	void anUntaggedCounterReadsZeroBeforeTheFirstEvent() {
		new EventMeters(this.meters).count(Step.Opened.class, "test.step.opened");
		assertThat(this.meters.find("test.step.opened").counter()).isNotNull()
			.satisfies((counter) -> assertThat(counter.count()).isZero());
	}

	@Test
	void tagsAreReadOffEachEvent() {
		publishWith(
				new EventMeters(this.meters).count(Step.Opened.class, "test.step.opened",
						(e) -> Tags.of("kind", e.kind())),
				new Step.Opened("a"), new Step.Opened("b"), new Step.Opened("a"));
		assertThat(this.meters.counter("test.step.opened", "kind", "a").count()).isEqualTo(2);
		assertThat(this.meters.counter("test.step.opened", "kind", "b").count()).isEqualTo(1);
	}

	@Test
	void aTypeDeclaredForASupertypeCountsEverySubtypeAndEveryRuleOfAnEventMoves() {
		publishWith(
				new EventMeters(this.meters).count(Step.class, "test.step.any")
					.count(Step.Closed.class, "test.step.closed"),
				new Step.Opened("a"), new Step.Closed(true, Duration.ZERO));
		assertThat(this.meters.counter("test.step.any").count()).isEqualTo(2);
		assertThat(this.meters.counter("test.step.closed").count()).isEqualTo(1);
	}

	@Test
	void theCounterNameCanDependOnTheEvent() {
		publishWith(
				new EventMeters(this.meters).countNamed(Step.Closed.class,
						(e) -> e.accepted() ? "test.step.accepted" : "test.step.returned"),
				new Step.Closed(true, Duration.ZERO), new Step.Closed(false, Duration.ZERO),
				new Step.Closed(false, Duration.ZERO));
		assertThat(this.meters.counter("test.step.accepted").count()).isEqualTo(1);
		assertThat(this.meters.counter("test.step.returned").count()).isEqualTo(2);
	}

	@Test
	void aTimerRecordsTheTimeEachEventSaysItTookAndExistsBeforeTheFirst() {
		EventMeters declared = new EventMeters(this.meters).time(Step.Closed.class, "test.step.duration",
				Step.Closed::took);
		assertThat(this.meters.find("test.step.duration").timer()).isNotNull();
		publishWith(declared, new Step.Closed(true, Duration.ofMillis(30)),
				new Step.Closed(true, Duration.ofMillis(10)));
		assertThat(this.meters.timer("test.step.duration").count()).isEqualTo(2);
		assertThat(this.meters.timer("test.step.duration").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
	}

	@Test
	void anEventWhoseAuditEntryFailsIsNotCounted() {
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(EventMeters.class,
				() -> new EventMeters(this.meters).count(Step.Opened.class, "test.step.opened"));
		this.context.registerBean(FailingAudit.class);
		this.context.refresh();
		assertThatIllegalStateException().isThrownBy(() -> this.context.publishEvent(new Step.Opened("a")));
		assertThat(this.meters.counter("test.step.opened").count()).isZero();
	}

	private void publishWith(EventMeters declared, Object... events) {
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(EventMeters.class, () -> declared);
		this.context.refresh();
		for (Object event : events) {
			this.context.publishEvent(event);
		}
	}

	/** An audit listener, ordered first as the services' are, that cannot write. */
	static class FailingAudit {

		@EventListener
		@Order(Ordered.HIGHEST_PRECEDENCE)
		void on(Step event) {
			throw new IllegalStateException("the audit trail cannot be written");
		}

	}

}
