package org.shuangsuiji.inspection.draw.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.plan.PlanId;

/**
 * The parsed inputs of the draw records this replica wrote or read last, each kept with
 * the record's stored version and commitment. Parsing the inputs back from their
 * canonical JSON is most of the cost of reading a record, and the draw reads the record
 * its commitment wrote moments before. An entry answers only for the version and
 * commitment it was kept at: the store stays the truth, any write (another replica's
 * included) moves the version on, and a record committed anew has another commitment
 * (another secret, other refs). Bounded, least recently used first out; a replica that
 * restarts simply starts empty.
 */
final class RecentInputs {

	private final Map<PlanId, Kept> entries;

	RecentInputs(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("keep at least one record's inputs");
		}
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<PlanId, Kept> eldest) {
				return size() > capacity;
			}

		};
	}

	/** Whether inputs of this plan are kept, at whatever version. */
	synchronized boolean holds(PlanId planId) {
		return this.entries.containsKey(planId);
	}

	/** The inputs kept for the record at exactly this version and commitment. */
	synchronized Optional<DrawInputs> at(PlanId planId, Long version, String commitment) {
		Kept kept = this.entries.get(planId);
		return (kept != null && version != null && kept.version() == version && kept.commitment().equals(commitment))
				? Optional.of(kept.inputs()) : Optional.empty();
	}

	synchronized void keep(PlanId planId, Long version, String commitment, DrawInputs inputs) {
		this.entries.put(planId, new Kept(version, commitment, inputs));
	}

	/**
	 * The record was saved from {@code from} to {@code to} with the same inputs: those
	 * kept at {@code from} now answer for {@code to}; any others are dropped.
	 */
	synchronized void moveOn(PlanId planId, String commitment, Long from, Long to) {
		Optional<DrawInputs> kept = at(planId, from, commitment);
		if (kept.isPresent() && to != null) {
			keep(planId, to, commitment, kept.get());
		}
		else {
			forget(planId);
		}
	}

	synchronized void forget(PlanId planId) {
		this.entries.remove(planId);
	}

	private record Kept(long version, String commitment, DrawInputs inputs) {
	}

}
