package org.shuangsuiji.load;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the soak wrote and what the platform acknowledged, checked against what it holds
 * afterwards. A sheet answer raises its item's version by one (optimistic locking), so
 * the versions gained must equal the answers acknowledged; an acknowledged upload's id
 * must be in the inspection's evidence.
 */
final class Ledger {

	private final Map<String, AtomicLong> answersAcknowledged = new ConcurrentHashMap<>();

	private final Set<String> uploadsAcknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicLong writesUnanswered = new AtomicLong();

	void answerAcknowledged(String item) {
		this.answersAcknowledged.computeIfAbsent(item, (key) -> new AtomicLong()).incrementAndGet();
	}

	void uploadAcknowledged(String id) {
		this.uploadsAcknowledged.add(id);
	}

	/**
	 * A write sent without an answer (time-out, connection lost): it may or may not be
	 * kept.
	 */
	void writeUnanswered() {
		this.writesUnanswered.incrementAndGet();
	}

	long answers() {
		return this.answersAcknowledged.values().stream().mapToLong(AtomicLong::get).sum();
	}

	int uploads() {
		return this.uploadsAcknowledged.size();
	}

	long unanswered() {
		return this.writesUnanswered.get();
	}

	/**
	 * Acknowledged answers the sheet does not show: per item, the acknowledged count over
	 * the versions gained between {@code before} and {@code after}.
	 */
	long answersLost(Map<String, Long> before, Map<String, Long> after) {
		long lost = 0;
		for (Map.Entry<String, AtomicLong> item : new TreeMap<>(this.answersAcknowledged).entrySet()) {
			long gained = after.getOrDefault(item.getKey(), 0L) - before.getOrDefault(item.getKey(), 0L);
			lost += Math.max(0, item.getValue().get() - gained);
		}
		return lost;
	}

	/** Acknowledged uploads whose id is not among the evidence held afterwards. */
	long uploadsLost(Set<String> held) {
		return this.uploadsAcknowledged.stream().filter((id) -> !held.contains(id)).count();
	}

}
