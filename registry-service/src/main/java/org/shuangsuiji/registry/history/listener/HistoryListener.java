package org.shuangsuiji.registry.history.listener;

import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the history of every change a use case publishes, synchronously: an entry that
 * cannot be written fails the call that made the change (no transactions, ADR 0003).
 */
@Component
class HistoryListener {

	private final HistoryRecorder history;

	HistoryListener(HistoryRecorder history) {
		this.history = history;
	}

	@EventListener
	void on(RecordChanged change) {
		this.history.record(change);
	}

}
