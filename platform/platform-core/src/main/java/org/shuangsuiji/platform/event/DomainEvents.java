package org.shuangsuiji.platform.event;

/**
 * Where a use case announces what happened (a plan published, a sheet submitted), so that
 * audit trails and metrics listen instead of being written into use-case bodies.
 * Listeners run synchronously in the caller's thread: there are no transactions to wait
 * for (ADR 0003), and a listener that fails makes the call fail.
 */
@FunctionalInterface
public interface DomainEvents {

	/** Nobody listens: for unit tests of a use case. */
	DomainEvents NONE = (event) -> {
	};

	void publish(Object event);

}
